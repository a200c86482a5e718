variable "kms_key_name" {
  type = string
}

resource "google_spanner_instance" "payments" {
  name         = "payments"
  config       = "regional-europe-west1"
  display_name = "Payments"
  num_nodes    = 1

  labels = {
    data-classification = "restricted"
  }
}

resource "google_spanner_database" "ledger" {
  instance = google_spanner_instance.payments.name
  name     = "ledger"

  encryption_config {
    kms_key_name = var.kms_key_name
  }
}

resource "google_spanner_instance" "catalog" {
  name         = "catalog"
  config       = "regional-europe-west1"
  display_name = "Catalog"
  num_nodes    = 1

  labels = {
    data-classification = "internal"
  }
}

resource "google_spanner_database" "products" {
  instance = google_spanner_instance.catalog.name
  name     = "products"
}
