variable "disk_key" {
  type = string
}

resource "google_kms_key_ring" "compute" {
  name     = "compute"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "disks" {
  name            = "disks"
  key_ring        = google_kms_key_ring.compute.id
  rotation_period = "7776000s"
}

resource "google_compute_disk" "ledger" {
  name = "ledger-data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  labels = {
    data-classification = "restricted"
  }

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}

resource "google_compute_instance" "payments" {
  name         = "payments-vm"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  labels = {
    data-classification = "confidential"
  }

  boot_disk {
    kms_key_self_link = var.disk_key

    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  attached_disk {
    source = google_compute_disk.ledger.id
  }

  network_interface {
    subnetwork = "projects/acme-prod/regions/europe-west1/subnetworks/app"
  }
}

# Internal data: Google-managed keys are enough.
resource "google_compute_disk" "cache" {
  name = "build-cache"
  zone = "europe-west1-b"
  size = 100

  labels = {
    data-classification = "internal"
  }
}
