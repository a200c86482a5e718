variable "role" {
  type = string
}

resource "google_service_account" "app" {
  account_id   = "app"
  display_name = "Application runtime"
}

# Granted on the single service account, not on the project.
resource "google_service_account_iam_member" "ci_can_deploy_app" {
  service_account_id = google_service_account.app.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:ci@acme-ci.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "sa_viewer" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountViewer"
  member  = "group:sre@example.com"
}

resource "google_project_iam_member" "configurable" {
  project = "acme-prod"
  role    = var.role
  member  = "group:sre@example.com"
}
