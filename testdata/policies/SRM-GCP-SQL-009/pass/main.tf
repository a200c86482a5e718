variable "retained_backups" {
  type = number
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true

      backup_retention_settings {
        retained_backups = 30
        retention_unit   = "COUNT"
      }
    }
  }
}

# Left out: Cloud SQL keeps 7 backups.
resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-1-3840"

    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }
  }
}

# From a variable without a default: not judged.
resource "google_sql_database_instance" "configurable" {
  name             = "configurable"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true

      backup_retention_settings {
        retained_backups = var.retained_backups
      }
    }
  }
}
