variable "log_level" {
  type = string
}

resource "google_secret_manager_secret" "db_password" {
  secret_id = "db-password"

  replication {
    auto {}
  }
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
        value = var.log_level
      }

      env {
        name = "DB_PASSWORD"
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.db_password.secret_id
            version = "latest"
          }
        }
      }

      env {
        name  = "TOKEN_ENDPOINT"
        value = "https://auth.example.com/oauth/token"
      }
    }
  }
}
