resource "google_storage_bucket" "exports" { # expect: SRM-GCP-LABEL-001
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  labels = { # expect: SRM-GCP-LABEL-001
    team = "sales-analytics"
    env  = "prod"
  }
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings { # expect: SRM-GCP-LABEL-001
    tier = "db-custom-2-7680"
  }
}

resource "google_compute_disk" "scratch" { # expect: SRM-GCP-LABEL-001
  name = "scratch"
  zone = "europe-west1-b"
  size = 100
}
