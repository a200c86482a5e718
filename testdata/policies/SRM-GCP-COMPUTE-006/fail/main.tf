resource "google_compute_instance" "unshielded" { # expect: SRM-GCP-COMPUTE-006
  name         = "unshielded-vm"
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

resource "google_compute_instance" "partial" {
  name         = "partial-vm"
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

  shielded_instance_config { # expect: SRM-GCP-COMPUTE-006
    enable_vtpm                 = true
    enable_integrity_monitoring = false # expect: SRM-GCP-COMPUTE-006
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

  shielded_instance_config {
    enable_secure_boot = false # expect: SRM-GCP-COMPUTE-006
    enable_vtpm        = false # expect: SRM-GCP-COMPUTE-006
  }
}
