resource "google_logging_project_bucket_config" "default" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 90 # expect: SRM-GCP-LOGGING-002
}

resource "google_logging_project_bucket_config" "app" { # expect: SRM-GCP-LOGGING-002
  project   = "acme-prod"
  location  = "europe-west1"
  bucket_id = "app-logs"
}
