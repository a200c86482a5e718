data "google_compute_default_service_account" "default" {}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template { # expect: SRM-GCP-CLOUDRUN-005
    containers {
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_job" "export" {
  name     = "export"
  location = "europe-west1"

  template {
    template {
      service_account = data.google_compute_default_service_account.default.email # expect: SRM-GCP-CLOUDRUN-005

      containers {
        image = "europe-docker.pkg.dev/acme-prod/apps/export:0.9.0"
      }
    }
  }
}
