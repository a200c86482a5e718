variable "channel" {
  type    = string
  default = "STABLE"
}

resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1

  release_channel {
    channel = "REGULAR"
  }
}

# Omitted: GKE enrolls the cluster in a channel.
resource "google_container_cluster" "default_settings" {
  name               = "default-settings"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "configurable" {
  name               = "configurable"
  location           = "europe-west1"
  initial_node_count = 1

  release_channel {
    channel = var.channel
  }
}

# EXTENDED keeps automatic patch upgrades with a longer support period.
resource "google_container_cluster" "long_support" {
  name               = "long-support"
  location           = "europe-west1"
  initial_node_count = 1

  release_channel {
    channel = "EXTENDED"
  }
}
