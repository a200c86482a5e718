variable "viewer" {
  type = string
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "OWNER"
    user_by_email = "data-owner@example.com"
  }

  access {
    role          = "READER"
    special_group = "projectReaders"
  }

  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = var.viewer
}
