variable "database_version" {
  type = string
}

resource "google_sql_database_instance" "shop" {
  name             = "shop"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "billing" {
  name             = "billing"
  database_version = "POSTGRES_17"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "reporting" {
  name             = "reporting"
  database_version = var.database_version
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
