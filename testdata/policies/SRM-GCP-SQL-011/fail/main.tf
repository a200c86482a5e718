resource "google_sql_database_instance" "legacy_shop" {
  name             = "legacy-shop"
  database_version = "MYSQL_5_7" # expect: SRM-GCP-SQL-011
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "billing" {
  name             = "billing"
  database_version = "POSTGRES_12" # expect: SRM-GCP-SQL-011
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
