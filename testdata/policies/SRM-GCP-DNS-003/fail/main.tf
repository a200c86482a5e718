resource "google_compute_network" "shared" {
  name                    = "shared"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "shared" { # expect: SRM-GCP-DNS-003
  name                      = "shared"
  enable_inbound_forwarding = true

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
  enable_logging = false # expect: SRM-GCP-DNS-003

  networks {
    network_url = google_compute_network.sandbox.id
  }
}
