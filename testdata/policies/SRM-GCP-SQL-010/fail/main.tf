# pgAudit flag explicitly off.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "off" # expect: SRM-GCP-SQL-010
    }
  }
}

# Flags set, but not the pgAudit one.
resource "google_sql_database_instance" "billing" {
  name             = "billing"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags { # expect: SRM-GCP-SQL-010
      name  = "log_connections"
      value = "on"
    }
  }
}

# No flags at all.
resource "google_sql_database_instance" "users" {
  name             = "users"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings { # expect: SRM-GCP-SQL-010
    tier = "db-custom-1-3840"
  }
}
