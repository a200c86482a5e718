variable "ingress" {
  type = string
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/worker:3.2.0"
    }
  }
}

resource "google_cloud_run_v2_service" "configurable" {
  name     = "configurable"
  location = "europe-west1"
  ingress  = var.ingress

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/configurable:1.0.0"
    }
  }
}
