resource "google_sql_database_instance" "orders" {
  name                = "orders"
  database_version    = "POSTGRES_15"
  region              = "europe-west1"
  deletion_protection = false # expect: SRM-GCP-SQL-006

  settings {
    tier = "db-custom-2-7680"
  }
}
