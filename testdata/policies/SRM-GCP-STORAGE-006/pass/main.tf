variable "kms_key_name" {
  type = string
}

resource "google_kms_key_ring" "storage" {
  name     = "storage"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "storage" {
  name            = "storage"
  key_ring        = google_kms_key_ring.storage.id
  rotation_period = "7776000s"
}

resource "google_storage_bucket" "patient_records" {
  name                        = "acme-patient-records"
  location                    = "EUROPE-WEST1"
  uniform_bucket_level_access = true

  labels = {
    data-classification = "restricted"
  }

  encryption {
    default_kms_key_name = google_kms_crypto_key.storage.id
  }
}

resource "google_storage_bucket" "contracts" {
  name                        = "acme-contracts"
  location                    = "EUROPE-WEST1"
  uniform_bucket_level_access = true

  labels = {
    data-classification = "confidential"
  }

  encryption {
    default_kms_key_name = var.kms_key_name
  }
}

# Internal data: Google-managed keys are enough.
resource "google_storage_bucket" "build_cache" {
  name                        = "acme-build-cache"
  location                    = "EU"
  uniform_bucket_level_access = true

  labels = {
    data-classification = "internal"
  }
}
