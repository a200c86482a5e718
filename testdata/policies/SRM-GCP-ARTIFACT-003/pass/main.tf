variable "immutable_tags" {
  type = bool
}

resource "google_artifact_registry_repository" "apps" {
  repository_id = "apps"
  location      = "europe"
  format        = "DOCKER"

  docker_config {
    immutable_tags = true
  }
}

resource "google_artifact_registry_repository" "base_images" {
  repository_id = "base-images"
  location      = "europe"
  format        = "DOCKER"

  docker_config {
    immutable_tags = var.immutable_tags
  }
}

# A pull-through cache of Docker Hub: tags follow the upstream.
resource "google_artifact_registry_repository" "dockerhub" {
  repository_id = "dockerhub"
  location      = "europe"
  format        = "DOCKER"
  mode          = "REMOTE_REPOSITORY"

  remote_repository_config {
    docker_repository {
      public_repository = "DOCKER_HUB"
    }
  }
}

resource "google_artifact_registry_repository" "python" {
  repository_id = "python"
  location      = "europe"
  format        = "PYTHON"
}
