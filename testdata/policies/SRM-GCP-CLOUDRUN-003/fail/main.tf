variable "sendgrid_api_key" {
  type      = string
  sensitive = true
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    service_account = "run-api@acme-prod.iam.gserviceaccount.com"

    containers {
      name  = "api"
      image = "europe-docker.pkg.dev/acme-prod/apps/api:1.4.2"

      env {
        name  = "LOG_LEVEL"
        value = "info"
      }

      env {
        name  = "DB_PASSWORD"
        value = "Sup3rS3cret!" # expect: SRM-GCP-CLOUDRUN-003
      }

      env {
        name  = "SENDGRID_API_KEY"
        value = var.sendgrid_api_key # expect: SRM-GCP-CLOUDRUN-003
      }
    }
  }
}

resource "google_cloud_run_v2_job" "export" {
  name     = "export"
  location = "europe-west1"

  template {
    template {
      service_account = "run-export@acme-prod.iam.gserviceaccount.com"

      containers {
        image = "europe-docker.pkg.dev/acme-prod/apps/export:0.9.0"

        env {
          name  = "SFTP_PASSWORD"
          value = "export-2024" # expect: SRM-GCP-CLOUDRUN-003
        }
      }
    }
  }
}
