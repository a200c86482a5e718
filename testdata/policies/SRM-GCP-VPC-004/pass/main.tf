variable "private_google_access" {
  type    = bool
  default = true
}

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name                     = "app"
  region                   = "europe-west1"
  network                  = google_compute_network.main.id
  ip_cidr_range            = "10.10.0.0/20"
  private_ip_google_access = true
}

resource "google_compute_subnetwork" "batch" {
  name                     = "batch"
  region                   = "europe-west1"
  network                  = google_compute_network.main.id
  ip_cidr_range            = "10.30.0.0/20"
  private_ip_google_access = var.private_google_access
}

resource "google_compute_subnetwork" "proxy_only" {
  name          = "proxy-only"
  region        = "europe-west1"
  network       = google_compute_network.main.id
  ip_cidr_range = "10.129.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}
