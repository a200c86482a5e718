variable "binauthz_policy" {
  type = string
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  binary_authorization {
    use_default = true
  }

  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_job" "export" {
  name     = "export"
  location = "europe-west1"

  binary_authorization {
    policy = var.binauthz_policy
  }

  template {
    template {
      containers {
        image = "europe-docker.pkg.dev/acme-prod/apps/export:0.9.0"
      }
    }
  }
}
