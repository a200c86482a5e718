resource "google_container_cluster" "dark" {
  name               = "dark"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "none" # expect: SRM-GCP-GKE-010
  monitoring_service = "none" # expect: SRM-GCP-GKE-010
}

resource "google_container_cluster" "quiet" {
  name               = "quiet"
  location           = "europe-west1"
  initial_node_count = 1

  logging_config {
    enable_components = [] # expect: SRM-GCP-GKE-010
  }
}
