variable "kms_key_name" {
  type = string
}

resource "google_kms_key_ring" "bigquery" {
  name     = "bigquery"
  location = "europe"
}

resource "google_kms_crypto_key" "bigquery" {
  name            = "bigquery"
  key_ring        = google_kms_key_ring.bigquery.id
  rotation_period = "7776000s"
}

resource "google_bigquery_dataset" "finance" {
  dataset_id = "finance"
  location   = "EU"

  labels = {
    data-classification = "restricted"
  }

  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.bigquery.id
  }
}

# Covered by the dataset's default key.
resource "google_bigquery_table" "ledger" {
  dataset_id = google_bigquery_dataset.finance.dataset_id
  table_id   = "ledger"

  labels = {
    data-classification = "restricted"
  }
}

resource "google_bigquery_dataset" "hr" {
  dataset_id = "hr"
  location   = "EU"

  labels = {
    data-classification = "confidential"
  }

  default_encryption_configuration {
    kms_key_name = var.kms_key_name
  }
}

resource "google_bigquery_dataset" "web_analytics" {
  dataset_id = "web_analytics"
  location   = "EU"

  labels = {
    data-classification = "internal"
  }
}
