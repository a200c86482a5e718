resource "google_project" "sandbox" {
  name       = "Sandbox"
  project_id = "acme-sandbox" # expect: SRM-GCP-LOGGING-001
  org_id     = "123456789012"
}

resource "google_project" "prod" {
  name       = "Production"
  project_id = "acme-prod"
  org_id     = "123456789012"
}

resource "google_project_iam_audit_config" "prod" {
  project = google_project.prod.project_id
  service = "allServices" # expect: SRM-GCP-LOGGING-001

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type         = "DATA_WRITE"
    exempted_members = ["serviceAccount:etl@acme-prod.iam.gserviceaccount.com"] # expect: SRM-GCP-LOGGING-001
  }
}
