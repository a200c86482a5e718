resource "google_bigquery_dataset" "marketing" {
  dataset_id = "marketing"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "data-owner@example.com"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # expect: SRM-GCP-BIGQUERY-001
  }
}

resource "google_bigquery_dataset" "open_data" {
  dataset_id = "open_data"
  location   = "EU"
}

resource "google_bigquery_dataset_iam_member" "public" {
  dataset_id = google_bigquery_dataset.open_data.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # expect: SRM-GCP-BIGQUERY-001
}

resource "google_bigquery_dataset_access" "everyone" {
  dataset_id = google_bigquery_dataset.open_data.dataset_id
  role       = "READER"
  iam_member = "allUsers" # expect: SRM-GCP-BIGQUERY-001
}
