resource "google_container_cluster" "open" { # expect: SRM-GCP-GKE-003
  name               = "open"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "wide" {
  name               = "wide"
  location           = "europe-west1"
  initial_node_count = 1

  master_authorized_networks_config {
    gcp_public_cidrs_access_enabled = true # expect: SRM-GCP-GKE-003

    cidr_blocks {
      cidr_block   = "10.0.0.0/8"
      display_name = "corp"
    }

    cidr_blocks {
      cidr_block   = "0.0.0.0/0" # expect: SRM-GCP-GKE-003
      display_name = "anywhere"
    }
  }
}
