variable "can_ip_forward" {
  type    = bool
  default = false
}

resource "google_compute_instance" "app" {
  name           = "app-vm"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = false

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix    = "workers-"
  machine_type   = "e2-medium"
  can_ip_forward = var.can_ip_forward

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}
