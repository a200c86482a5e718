resource "google_container_cluster" "flat" { # expect: SRM-GCP-GKE-005
  name               = "flat"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "disabled" {
  name               = "disabled"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled = false # expect: SRM-GCP-GKE-005
  }
}

# network_policy is enabled, but the add-on that enforces it is disabled.
resource "google_container_cluster" "addon_disabled" {
  name               = "addon-disabled"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled  = true
    provider = "CALICO"
  }

  addons_config {
    network_policy_config {
      disabled = true # expect: SRM-GCP-GKE-005
    }
  }
}
