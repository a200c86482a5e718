variable "role" {
  type = string
}

resource "google_project_iam_member" "dev" {
  project = "acme-prod"
  role    = "roles/compute.instanceAdmin.v1"
  member  = "group:developers@example.com"
}

resource "google_project_iam_binding" "log_readers" {
  project = "acme-prod"
  role    = "roles/logging.viewer"
  members = ["group:sre@example.com"]
}

resource "google_project_iam_member" "configurable" {
  project = "acme-prod"
  role    = var.role
  member  = "group:developers@example.com"
}
