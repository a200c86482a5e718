variable "readers" {
  type = list(string)
}

resource "google_artifact_registry_repository" "apps" {
  repository_id = "apps"
  location      = "europe"
  format        = "DOCKER"
}

resource "google_artifact_registry_repository_iam_member" "gke_nodes" {
  project    = google_artifact_registry_repository.apps.project
  location   = google_artifact_registry_repository.apps.location
  repository = google_artifact_registry_repository.apps.name
  role       = "roles/artifactregistry.reader"
  member     = "serviceAccount:gke-nodes@acme-prod.iam.gserviceaccount.com"
}

resource "google_artifact_registry_repository_iam_binding" "readers" {
  project    = google_artifact_registry_repository.apps.project
  location   = google_artifact_registry_repository.apps.location
  repository = google_artifact_registry_repository.apps.name
  role       = "roles/artifactregistry.reader"
  members    = var.readers
}
