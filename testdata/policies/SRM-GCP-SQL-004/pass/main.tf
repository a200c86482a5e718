variable "backups_enabled" {
  type    = bool
  default = true
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      start_time                     = "02:00"
      point_in_time_recovery_enabled = true

      backup_retention_settings {
        retained_backups = 14
      }
    }
  }
}

# Read replica: relies on the primary's backups.
resource "google_sql_database_instance" "orders_replica" {
  name                 = "orders-replica"
  database_version     = "POSTGRES_15"
  region               = "europe-west4"
  master_instance_name = google_sql_database_instance.orders.name

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    backup_configuration {
      enabled = var.backups_enabled
    }
  }
}
