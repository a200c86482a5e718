resource "google_container_cluster" "legacy" { # expect: SRM-GCP-GKE-007
  name                     = "legacy"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_cluster" "apps" {
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1

  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}

resource "google_container_node_pool" "batch" {
  name     = "batch"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config {
    machine_type = "e2-standard-4"

    workload_metadata_config {
      mode = "GCE_METADATA" # expect: SRM-GCP-GKE-007
    }
  }
}
