resource "google_spanner_instance" "payments" {
  name         = "payments"
  config       = "regional-europe-west1"
  display_name = "Payments"
  num_nodes    = 1

  labels = {
    data-classification = "restricted"
  }
}

resource "google_spanner_database" "ledger" { # expect: SRM-GCP-SPANNER-001
  instance                 = google_spanner_instance.payments.name
  name                     = "ledger"
  version_retention_period = "3d"
  deletion_protection      = true
}
