variable "flow_sampling" {
  type    = number
  default = 0.5
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

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 1.0
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "data" {
  name                     = "data"
  region                   = "europe-west1"
  network                  = google_compute_network.main.id
  ip_cidr_range            = "10.20.0.0/20"
  private_ip_google_access = true

  log_config {
    flow_sampling = var.flow_sampling
  }
}

# Proxy-only subnet: flow logs are not supported.
resource "google_compute_subnetwork" "proxy_only" {
  name          = "proxy-only"
  region        = "europe-west1"
  network       = google_compute_network.main.id
  ip_cidr_range = "10.129.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}
