variable "block_project_keys" {
  type    = bool
  default = true
}

resource "google_compute_instance" "blocked" {
  name         = "blocked-vm"
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
    block-project-ssh-keys = true
    ssh-keys               = "ops:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9wcyBrZXkgZm9yIHRlc3Rz ops"
  }
}

# OS Login ignores metadata SSH keys.
resource "google_compute_instance" "oslogin" {
  name         = "oslogin-vm"
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
    enable-oslogin = "TRUE"
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }

  metadata = {
    block-project-ssh-keys = var.block_project_keys
  }
}

# Inherits its metadata from the template.
resource "google_compute_instance_from_template" "worker_1" {
  name                     = "worker-1"
  zone                     = "europe-west1-b"
  source_instance_template = google_compute_instance_template.workers.self_link_unique
}
