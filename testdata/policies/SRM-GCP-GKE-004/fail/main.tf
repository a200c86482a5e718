resource "google_container_cluster" "public_nodes" { # expect: SRM-GCP-GKE-004
  name               = "public-nodes"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name               = "explicit"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = false # expect: SRM-GCP-GKE-004
    enable_private_endpoint = false
  }
}
