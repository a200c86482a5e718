resource "google_container_cluster" "apps" { # expect: SRM-GCP-GKE-012
  name                     = "apps"
  location                 = "europe-west1"
  network                  = "projects/acme-net/global/networks/shared"
  subnetwork               = "projects/acme-net/regions/europe-west1/subnetworks/gke-apps"
  remove_default_node_pool = true
  initial_node_count       = 1

  release_channel {
    channel = "REGULAR"
  }
}

resource "google_container_cluster" "batch" {
  name                        = "batch"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  enable_intranode_visibility = false # expect: SRM-GCP-GKE-012
}
