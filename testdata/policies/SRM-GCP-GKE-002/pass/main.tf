variable "issue_client_certificate" {
  type    = bool
  default = false
}

resource "google_container_cluster" "apps" {
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}

resource "google_container_cluster" "default_settings" {
  name               = "default-settings"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "configurable" {
  name               = "configurable"
  location           = "europe-west1"
  initial_node_count = 1

  master_auth {
    client_certificate_config {
      issue_client_certificate = var.issue_client_certificate
    }
  }
}
