resource "google_kms_key_ring" "app" {
  name     = "app"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = google_kms_key_ring.app.id
  rotation_period = "31536000s" # expect: SRM-GCP-KMS-001
}

resource "google_kms_crypto_key" "backups" { # expect: SRM-GCP-KMS-001
  name     = "backups"
  key_ring = google_kms_key_ring.app.id
}
