resource "google_container_cluster" "sandbox" {
  name                     = "sandbox"
  location                 = "europe-west1-b"
  remove_default_node_pool = true
  initial_node_count       = 1
  enable_kubernetes_alpha  = true # expect: SRM-GCP-GKE-015

  release_channel {
    channel = "UNSPECIFIED"
  }
}
