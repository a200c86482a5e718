resource "google_artifact_registry_repository" "apps" { # expect: SRM-GCP-ARTIFACT-003
  repository_id = "apps"
  location      = "europe"
  format        = "DOCKER"
  description   = "Application images built by CI"
}

resource "google_artifact_registry_repository" "base_images" {
  repository_id = "base-images"
  location      = "europe"
  format        = "DOCKER"

  docker_config {
    immutable_tags = false # expect: SRM-GCP-ARTIFACT-003
  }
}
