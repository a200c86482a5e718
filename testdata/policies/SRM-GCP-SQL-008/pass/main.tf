variable "root_password" {
  type      = string
  sensitive = true
}

variable "chaining" {
  type    = string
  default = "off"
}

resource "google_sql_database_instance" "erp" {
  name             = "erp"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  root_password    = var.root_password

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = "off"
    }

    database_flags {
      name  = "cross db ownership chaining"
      value = var.chaining
    }
  }
}

# Defaults (both off).
resource "google_sql_database_instance" "crm" {
  name             = "crm"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  root_password    = var.root_password

  settings {
    tier = "db-custom-2-7680"
  }
}
