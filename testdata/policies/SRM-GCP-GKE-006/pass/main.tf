variable "shielded_nodes" {
  type    = bool
  default = true
}

resource "google_container_cluster" "apps" {
  name                  = "apps"
  location              = "europe-west1"
  initial_node_count    = 1
  enable_shielded_nodes = true

  node_config {
    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }
}

resource "google_container_cluster" "default_settings" {
  name               = "default-settings"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "configurable" {
  name                  = "configurable"
  location              = "europe-west1"
  initial_node_count    = 1
  enable_shielded_nodes = var.shielded_nodes
}
