variable "log_metadata" {
  type    = string
  default = "INCLUDE_ALL_METADATA"
}

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
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

  log_config {
    metadata = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_firewall" "internal" {
  name    = "allow-internal"
  network = google_compute_network.main.name

  allow {
    protocol = "all"
  }

  source_tags = ["app"]

  log_config {
    metadata = var.log_metadata
  }
}

# Disabled rule: nothing to log.
resource "google_compute_firewall" "maintenance" {
  name     = "allow-maintenance"
  network  = google_compute_network.main.name
  disabled = true

  allow {
    protocol = "tcp"
    ports    = ["8443"]
  }

  source_ranges = ["10.0.0.0/8"]
}
