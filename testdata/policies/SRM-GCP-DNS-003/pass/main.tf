variable "dns_logging" {
  type = bool
}

resource "google_compute_network" "shared" {
  name                    = "shared"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "shared" {
  name                      = "shared"
  enable_inbound_forwarding = true
  enable_logging            = true

  networks {
    network_url = google_compute_network.shared.id
  }
}

resource "google_compute_network" "sandbox" {
  name                    = "sandbox"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "sandbox" {
  name           = "sandbox"
  enable_logging = var.dns_logging

  networks {
    network_url = google_compute_network.sandbox.id
  }
}
