variable "oslogin" {
  type    = string
  default = "TRUE"
}

resource "google_compute_project_metadata" "project" {
  metadata = {
    enable-oslogin         = "TRUE"
    block-project-ssh-keys = "TRUE"
  }
}

# Inherits the project setting.
resource "google_compute_instance" "app" {
  name         = "app-vm"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}

resource "google_compute_instance" "configurable" {
  name         = "configurable-vm"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }

  metadata = {
    enable-oslogin = var.oslogin
  }
}
