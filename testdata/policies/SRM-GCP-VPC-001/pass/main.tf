variable "admin_ranges" {
  type = list(string)
}

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

# SSH through Identity-Aware Proxy only.
resource "google_compute_firewall" "iap_ssh" {
  name    = "allow-iap-ssh"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["35.235.240.0/20"]
  target_tags   = ["ssh"]
}

resource "google_compute_firewall" "https" {
  name    = "allow-https"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }

  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]
}

resource "google_compute_firewall" "admin" {
  name    = "allow-admin"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }

  source_ranges = var.admin_ranges
}

resource "google_compute_firewall" "internal" {
  name    = "allow-internal"
  network = google_compute_network.main.name

  allow {
    protocol = "all"
  }

  source_tags = ["app"]
}

resource "google_compute_firewall" "block_ssh" {
  name     = "deny-ssh"
  network  = google_compute_network.main.name
  priority = 100

  deny {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}

# UDP without RDP's port: DNS, and SSH's port, which SSH does not use over UDP.
resource "google_compute_firewall" "udp_services" {
  name    = "allow-udp-services"
  network = google_compute_network.main.name

  allow {
    protocol = "udp"
    ports    = ["53", "22"]
  }

  source_ranges = ["0.0.0.0/0"]
}
