resource "google_project_iam_member" "dev_editor" {
  project = "acme-prod"
  role    = "roles/editor" # expect: SRM-GCP-IAM-001
  member  = "user:dev@example.com"
}

resource "google_project_iam_binding" "owners" {
  project = "acme-prod"
  role    = "roles/owner" # expect: SRM-GCP-IAM-001
  members = [
    "group:platform-admins@example.com",
  ]
}

resource "google_folder_iam_member" "auditors" {
  folder = "folders/123456789"
  role   = "roles/viewer" # expect: SRM-GCP-IAM-001
  member = "group:auditors@example.com"
}

data "google_iam_policy" "org" {
  binding {
    role    = "roles/resourcemanager.organizationAdmin"
    members = ["group:org-admins@example.com"]
  }

  binding {
    role    = "roles/editor" # expect: SRM-GCP-IAM-001
    members = ["serviceAccount:terraform@acme-seed.iam.gserviceaccount.com"]
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}
