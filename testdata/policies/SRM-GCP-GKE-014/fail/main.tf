data "google_compute_default_service_account" "default" {}

resource "google_container_cluster" "apps" {
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "general" {
  name     = "general"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config { # expect: SRM-GCP-GKE-014
    machine_type = "e2-standard-4"
    oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}

resource "google_container_node_pool" "batch" {
  name     = "batch"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config {
    machine_type    = "e2-highmem-4"
    service_account = data.google_compute_default_service_account.default.email # expect: SRM-GCP-GKE-014
  }
}

resource "google_container_node_pool" "spot" { # expect: SRM-GCP-GKE-014
  name       = "spot"
  cluster    = google_container_cluster.apps.id
  location   = "europe-west1"
  node_count = 1
}

resource "google_container_cluster" "autopilot" { # expect: SRM-GCP-GKE-014
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}
