resource "google_compute_instance" "debug" {
  name         = "debug-vm"
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
    enable-oslogin     = "TRUE"
    serial-port-enable = "TRUE" # expect: SRM-GCP-COMPUTE-001
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
    "serial-port-enable" = 1 # expect: SRM-GCP-COMPUTE-001
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "true" # expect: SRM-GCP-COMPUTE-001
}
