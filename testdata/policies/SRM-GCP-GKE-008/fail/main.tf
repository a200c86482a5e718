resource "google_container_cluster" "pinned" {
  name               = "pinned"
  location           = "europe-west1"
  initial_node_count = 1
  min_master_version = "1.29"

  release_channel {
    channel = "UNSPECIFIED" # expect: SRM-GCP-GKE-008
  }
}

# The RAPID channel gets versions before they are qualified for production.
resource "google_container_cluster" "early" {
  name               = "early"
  location           = "europe-west1"
  initial_node_count = 1

  release_channel {
    channel = "RAPID" # expect: SRM-GCP-GKE-008
  }
}
