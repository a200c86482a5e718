resource "google_artifact_registry_repository" "apps" {
  repository_id = "apps"
  location      = "europe"
  format        = "DOCKER"
}

resource "google_artifact_registry_repository_iam_member" "public_pull" {
  project    = google_artifact_registry_repository.apps.project
  location   = google_artifact_registry_repository.apps.location
  repository = google_artifact_registry_repository.apps.name
  role       = "roles/artifactregistry.reader"
  member     = "allUsers" # expect: SRM-GCP-ARTIFACT-002
}

resource "google_artifact_registry_repository_iam_binding" "writers" {
  location   = "europe"
  repository = "python-packages"
  role       = "roles/artifactregistry.writer"
  members = [
    "serviceAccount:ci@acme-prod.iam.gserviceaccount.com",
    "allAuthenticatedUsers", # expect: SRM-GCP-ARTIFACT-002
  ]
}
