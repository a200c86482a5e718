variable "labels" {
  type = map(string)
}

resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true

  labels = {
    data-classification = "confidential"
  }
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  labels = {
    data_classification = "internal"
    team                = "sales-analytics"
  }
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    user_labels = {
      data-classification = "restricted"
    }
  }
}

# Labels from a variable: not judged.
resource "google_compute_disk" "scratch" {
  name   = "scratch"
  zone   = "europe-west1-b"
  size   = 100
  labels = var.labels
}
