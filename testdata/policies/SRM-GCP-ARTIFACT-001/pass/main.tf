variable "scanning" {
  type = string
}

resource "google_artifact_registry_repository" "images" {
  location      = "europe-west1"
  repository_id = "images"
  format        = "DOCKER"

  vulnerability_scanning_config {
    enablement_config = "INHERITED"
  }
}

# Left out: the repository inherits scanning from the project.
resource "google_artifact_registry_repository" "tools" {
  location      = "europe-west1"
  repository_id = "tools"
  format        = "DOCKER"
}

# Not a Docker repository: not scanned automatically.
resource "google_artifact_registry_repository" "maven" {
  location      = "europe-west1"
  repository_id = "maven"
  format        = "MAVEN"

  vulnerability_scanning_config {
    enablement_config = "DISABLED"
  }
}

# From a variable without a default: not judged.
resource "google_artifact_registry_repository" "configurable" {
  location      = "europe-west1"
  repository_id = "configurable"
  format        = "DOCKER"

  vulnerability_scanning_config {
    enablement_config = var.scanning
  }
}
