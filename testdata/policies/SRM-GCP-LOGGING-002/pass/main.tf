variable "retention_days" {
  type    = number
  default = 400
}

resource "google_logging_project_bucket_config" "audit" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "audit"
  retention_days = 3650
  locked         = true
}

resource "google_logging_project_bucket_config" "app" {
  project        = "acme-prod"
  location       = "europe-west1"
  bucket_id      = "app-logs"
  retention_days = var.retention_days
}
