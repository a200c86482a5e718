resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = [
    "10.0.0.0/8",
    "0.0.0.0/0", # expect: SRM-GCP-VPC-001
  ]
  target_tags = ["ssh"]
}

resource "google_compute_firewall" "rdp" {
  name    = "allow-rdp"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["3000-4000"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: SRM-GCP-VPC-001
}

resource "google_compute_firewall" "everything_v6" {
  name    = "allow-all-v6"
  network = google_compute_network.main.name

  allow {
    protocol = "all"
  }

  source_ranges = ["::/0"] # expect: SRM-GCP-VPC-001
}

# RDP also listens on UDP 3389.
resource "google_compute_firewall" "rdp_udp" {
  name    = "allow-rdp-udp"
  network = google_compute_network.main.name

  allow {
    protocol = "udp"
    ports    = ["3389"]
  }

  source_ranges = ["0.0.0.0/0"] # expect: SRM-GCP-VPC-001
}

# No source at all: the rule applies to 0.0.0.0/0.
resource "google_compute_firewall" "implicit_world" { # expect: SRM-GCP-VPC-001
  name    = "allow-admin"
  network = google_compute_network.main.name

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}
