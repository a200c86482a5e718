variable "image_type" {
  type = string
}

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

  node_config {
    machine_type = "e2-standard-4"
    image_type   = "COS_CONTAINERD"
  }
}

# No image_type: GKE uses COS_CONTAINERD.
resource "google_container_node_pool" "batch" {
  name     = "batch"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config {
    machine_type = "e2-highmem-4"
  }
}

resource "google_container_node_pool" "windows" {
  name     = "windows"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config {
    machine_type = "n2-standard-4"
    image_type   = "WINDOWS_LTSC_CONTAINERD"
  }
}

resource "google_container_node_pool" "configurable" {
  name     = "configurable"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config {
    image_type = var.image_type
  }
}
