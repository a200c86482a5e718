variable "auto_upgrade" {
  type    = bool
  default = true
}

resource "google_container_cluster" "apps" {
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "general" {
  name     = "general"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  management {
    auto_upgrade = true
    auto_repair  = true
  }
}

# Defaults: both on.
resource "google_container_node_pool" "batch" {
  name     = "batch"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"
}

resource "google_container_node_pool" "configurable" {
  name     = "configurable"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  management {
    auto_upgrade = var.auto_upgrade
  }
}
