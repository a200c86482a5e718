resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags { # expect: SRM-GCP-SQL-007
      name  = "log_connections"
      value = "on"
    }

    database_flags {
      name  = "log_checkpoints"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "POSTGRES_14"
  region           = "europe-west1"

  settings {
    tier = "db-f1-micro"

    database_flags {
      name  = "log_connections"
      value = "off" # expect: SRM-GCP-SQL-007
    }

    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "scratch" {
  name             = "scratch"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings { # expect: SRM-GCP-SQL-007
    tier = "db-f1-micro"
  }
}
