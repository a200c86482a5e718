variable "log_type" {
  type    = string
  default = "DATA_READ"
}

resource "google_project" "prod" {
  name       = "Production"
  project_id = "acme-prod"
  org_id     = "123456789012"
}

resource "google_project_iam_audit_config" "prod" {
  project = google_project.prod.project_id
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type = "DATA_READ"
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# Additional per-service config: not required to list every log type.
resource "google_project_iam_audit_config" "storage" {
  project = google_project.prod.project_id
  service = "storage.googleapis.com"

  audit_log_config {
    log_type = var.log_type
  }
}
