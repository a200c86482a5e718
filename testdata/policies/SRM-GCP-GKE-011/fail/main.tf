resource "google_container_cluster" "open" { # expect: SRM-GCP-GKE-011
  name               = "open"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "disabled" {
  name               = "disabled"
  location           = "europe-west1"
  initial_node_count = 1

  binary_authorization {
    evaluation_mode = "DISABLED" # expect: SRM-GCP-GKE-011
  }
}
