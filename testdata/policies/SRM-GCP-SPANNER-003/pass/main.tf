variable "backup_schedule_type" {
  type = string
}

# Opts out of the default schedule but defines its own.
resource "google_spanner_instance" "payments" {
  name                         = "payments"
  config                       = "regional-europe-west1"
  display_name                 = "Payments"
  num_nodes                    = 1
  default_backup_schedule_type = "NONE"
}

resource "google_spanner_database" "ledger" {
  instance = google_spanner_instance.payments.name
  name     = "ledger"
}

resource "google_spanner_backup_schedule" "ledger_daily" {
  instance           = google_spanner_instance.payments.name
  database           = google_spanner_database.ledger.name
  name               = "ledger-daily"
  retention_duration = "2592000s"

  spec {
    cron_spec {
      text = "0 2 * * *"
    }
  }

  full_backup_spec {}
}

# Default: AUTOMATIC daily backups for new databases.
resource "google_spanner_instance" "catalog" {
  name         = "catalog"
  config       = "regional-europe-west1"
  display_name = "Catalog"
  num_nodes    = 1
}

resource "google_spanner_instance" "reporting" {
  name                         = "reporting"
  config                       = "regional-europe-west1"
  display_name                 = "Reporting"
  num_nodes                    = 1
  default_backup_schedule_type = var.backup_schedule_type
}
