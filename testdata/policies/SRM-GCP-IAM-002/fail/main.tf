resource "google_project_iam_member" "ci_sa_user" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # expect: SRM-GCP-IAM-002
  member  = "serviceAccount:ci@acme-ci.iam.gserviceaccount.com"
}

resource "google_project_iam_binding" "token_creators" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator" # expect: SRM-GCP-IAM-002
  members = [
    "group:developers@example.com",
  ]
}

resource "google_folder_iam_member" "deployers" {
  folder = "folders/123456789"
  role   = "roles/iam.serviceAccountUser" # expect: SRM-GCP-IAM-002
  member = "group:deployers@example.com"
}
