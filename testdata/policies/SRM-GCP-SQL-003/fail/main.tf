resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = false
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # expect: SRM-GCP-SQL-003
    }
  }
}

# Provider v5 style.
resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      ipv4_enabled = false
      require_ssl  = false # expect: SRM-GCP-SQL-003
    }
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    ip_configuration { # expect: SRM-GCP-SQL-003
      ipv4_enabled = false
    }
  }
}

resource "google_sql_database_instance" "scratch" {
  name             = "scratch"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings { # expect: SRM-GCP-SQL-003
    tier = "db-f1-micro"
  }
}
