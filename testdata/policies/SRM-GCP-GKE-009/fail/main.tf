resource "google_container_cluster" "apps" {
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "frozen" {
  name     = "frozen"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  management {
    auto_upgrade = false # expect: SRM-GCP-GKE-009
    auto_repair  = false # expect: SRM-GCP-GKE-009
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"

  node_pool {
    name       = "default"
    node_count = 3

    management {
      auto_upgrade = false # expect: SRM-GCP-GKE-009
    }
  }
}
