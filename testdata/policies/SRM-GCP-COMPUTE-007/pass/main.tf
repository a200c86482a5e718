variable "service_account_email" {
  type = string
}

resource "google_service_account" "app" {
  account_id   = "app-runtime"
  display_name = "App runtime"
}

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

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

# Default account, but with narrow scopes.
resource "google_compute_instance" "logger" {
  name         = "logger-vm"
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

  service_account {
    scopes = ["logging-write", "monitoring-write"]
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

  service_account {
    email  = var.service_account_email
    scopes = ["cloud-platform"]
  }
}
