resource "google_spanner_instance" "payments" {
  name                         = "payments"
  config                       = "regional-europe-west1"
  display_name                 = "Payments"
  num_nodes                    = 1
  edition                      = "ENTERPRISE"
  default_backup_schedule_type = "NONE" # expect: SRM-GCP-SPANNER-003
}

resource "google_spanner_database" "ledger" {
  instance = google_spanner_instance.payments.name
  name     = "ledger"
}
