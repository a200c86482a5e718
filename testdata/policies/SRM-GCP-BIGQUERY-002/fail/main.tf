resource "google_bigquery_dataset" "finance" { # expect: SRM-GCP-BIGQUERY-002
  dataset_id = "finance"
  location   = "EU"

  labels = {
    data-classification = "restricted"
  }
}

resource "google_bigquery_table" "ledger" { # expect: SRM-GCP-BIGQUERY-002
  dataset_id = google_bigquery_dataset.finance.dataset_id
  table_id   = "ledger"

  labels = {
    data-classification = "restricted"
  }
}
