resource "google_spanner_instance" "payments" {
  name         = "payments"
  config       = "regional-europe-west1"
  display_name = "Payments"
  num_nodes    = 1
}

resource "google_spanner_database" "ledger" {
  instance            = google_spanner_instance.payments.name
  name                = "ledger"
  deletion_protection = false # expect: SRM-GCP-SPANNER-002
}
