resource "google_sql_database_instance" "erp" {
  name             = "erp"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  root_password    = var.root_password

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = "on" # expect: SRM-GCP-SQL-008
    }

    database_flags {
      name  = "cross db ownership chaining"
      value = "on" # expect: SRM-GCP-SQL-008
    }
  }
}

variable "root_password" {
  type      = string
  sensitive = true
}
