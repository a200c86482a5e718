resource "google_compute_project_metadata" "project" {
  metadata = { # expect: SRM-GCP-COMPUTE-005
    ssh-keys = "ops:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9wcyBrZXkgZm9yIHRlc3Rz ops"
  }
}

resource "google_compute_instance" "legacy" {
  name         = "legacy-vm"
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
    enable-oslogin = "FALSE" # expect: SRM-GCP-COMPUTE-005
  }
}

resource "google_compute_project_metadata_item" "oslogin" {
  project = "acme-sandbox"
  key     = "enable-oslogin"
  value   = "false" # expect: SRM-GCP-COMPUTE-005
}
