resource "google_sql_database_instance" "shop" {
  name             = "shop"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "slow_query_log"
      value = "on"
    }

    database_flags {
      name  = "local_infile"
      value = "on" # expect: SRM-GCP-SQL-012
    }
  }
}
