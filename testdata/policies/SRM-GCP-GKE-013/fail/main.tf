resource "google_container_cluster" "apps" {
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1

  cluster_autoscaling {
    enabled = true

    resource_limits {
      resource_type = "cpu"
      maximum       = 64
    }

    resource_limits {
      resource_type = "memory"
      maximum       = 256
    }

    auto_provisioning_defaults {
      image_type = "UBUNTU_CONTAINERD" # expect: SRM-GCP-GKE-013
    }
  }
}

resource "google_container_node_pool" "gpu" {
  name     = "gpu"
  cluster  = google_container_cluster.apps.id
  location = "europe-west1"

  node_config {
    machine_type = "n1-standard-8"
    image_type   = "UBUNTU_CONTAINERD" # expect: SRM-GCP-GKE-013
  }
}

resource "google_container_cluster" "legacy" {
  name     = "legacy"
  location = "europe-west1"

  node_pool {
    name       = "default"
    node_count = 3

    node_config {
      image_type = "COS" # expect: SRM-GCP-GKE-013
    }
  }
}
