variable "job_service_account" {
  type = string
}

resource "google_service_account" "api" {
  account_id   = "run-api"
  display_name = "Cloud Run api"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    service_account = google_service_account.api.email

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
      service_account = var.job_service_account

      containers {
        image = "europe-docker.pkg.dev/acme-prod/apps/export:0.9.0"
      }
    }
  }
}
