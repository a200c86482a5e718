variable "kms_key_name" {
  type = string
}

resource "google_kms_key_ring" "pubsub" {
  name     = "pubsub"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "pubsub" {
  name            = "pubsub"
  key_ring        = google_kms_key_ring.pubsub.id
  rotation_period = "7776000s"
}

resource "google_pubsub_topic" "payments" {
  name         = "payments"
  kms_key_name = google_kms_crypto_key.pubsub.id

  labels = {
    data-classification = "restricted"
  }
}

resource "google_pubsub_topic" "customers" {
  name         = "customers"
  kms_key_name = var.kms_key_name

  labels = {
    data-classification = "confidential"
  }
}

resource "google_pubsub_topic" "build_events" {
  name = "build-events"

  labels = {
    data-classification = "internal"
  }
}
