resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" { # expect: SRM-GCP-VPC-004
  name          = "app"
  region        = "europe-west1"
  network       = google_compute_network.main.id
  ip_cidr_range = "10.10.0.0/20"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
  }
}

resource "google_compute_subnetwork" "batch" {
  name                     = "batch"
  region                   = "europe-west1"
  network                  = google_compute_network.main.id
  ip_cidr_range            = "10.30.0.0/20"
  private_ip_google_access = false # expect: SRM-GCP-VPC-004
}
