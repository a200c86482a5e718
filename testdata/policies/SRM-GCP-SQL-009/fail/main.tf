resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true

      backup_retention_settings {
        retained_backups = 3 # expect: SRM-GCP-SQL-009
        retention_unit   = "COUNT"
      }
    }
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-1-3840"

    backup_configuration {
      enabled            = true
      binary_log_enabled = true

      backup_retention_settings {
        retained_backups = 1 # expect: SRM-GCP-SQL-009
      }
    }
  }
}
