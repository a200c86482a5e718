variable "network_policy" {
  type    = bool
  default = true
}

resource "google_container_cluster" "dataplane_v2" {
  name               = "dataplane-v2"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = "ADVANCED_DATAPATH"
}

resource "google_container_cluster" "calico" {
  name               = "calico"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled  = true
    provider = "CALICO"
  }

  addons_config {
    network_policy_config {
      disabled = false
    }
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}

resource "google_container_cluster" "configurable" {
  name               = "configurable"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled = var.network_policy
  }
}

variable "network_policy_addon_disabled" {
  type = bool
}

resource "google_container_cluster" "addon_unknown" {
  name               = "addon-unknown"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled  = true
    provider = "CALICO"
  }

  addons_config {
    network_policy_config {
      disabled = var.network_policy_addon_disabled
    }
  }
}
