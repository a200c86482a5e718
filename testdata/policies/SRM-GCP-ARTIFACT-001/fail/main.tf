# Scanning explicitly disabled on a Docker repository.
resource "google_artifact_registry_repository" "images" {
  location      = "europe-west1"
  repository_id = "images"
  format        = "DOCKER"

  vulnerability_scanning_config {
    enablement_config = "DISABLED" # expect: SRM-GCP-ARTIFACT-001
  }
}

# A remote Docker Hub cache with scanning disabled.
resource "google_artifact_registry_repository" "dockerhub" {
  location      = "europe-west1"
  repository_id = "dockerhub"
  format        = "DOCKER"
  mode          = "REMOTE_REPOSITORY"

  remote_repository_config {
    docker_repository {
      public_repository = "DOCKER_HUB"
    }
  }

  vulnerability_scanning_config {
    enablement_config = "DISABLED" # expect: SRM-GCP-ARTIFACT-001
  }
}
