resource "google_compute_disk" "ledger" { # expect: SRM-GCP-COMPUTE-008
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  labels = {
    data-classification = "restricted"
  }
}

resource "google_compute_instance" "payments" {
  name         = "payments-vm"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  labels = {
    data-classification = "confidential"
  }

  boot_disk { # expect: SRM-GCP-COMPUTE-008
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}

resource "google_compute_instance_template" "analytics" {
  name_prefix  = "analytics-"
  machine_type = "e2-standard-4"

  labels = {
    data_classification = "confidential"
  }

  disk {
    source_image = "debian-cloud/debian-12"
    boot         = true

    disk_encryption_key {
      kms_key_self_link = "projects/acme-prod/locations/europe-west1/keyRings/compute/cryptoKeys/disks"
    }
  }

  disk { # expect: SRM-GCP-COMPUTE-008
    disk_size_gb = 500
    boot         = false
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}
