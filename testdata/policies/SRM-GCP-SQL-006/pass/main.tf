variable "deletion_protection" {
  type    = bool
  default = true
}

# Provider default: deletion_protection = true.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier                        = "db-custom-2-7680"
    deletion_protection_enabled = true
  }
}

# Terraform protection off, API-level protection on.
resource "google_sql_database_instance" "reports" {
  name                = "reports"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  deletion_protection = false

  settings {
    tier                        = "db-f1-micro"
    deletion_protection_enabled = true
  }
}

resource "google_sql_database_instance" "configurable" {
  name                = "configurable"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  deletion_protection = var.deletion_protection

  settings {
    tier = "db-f1-micro"
  }
}
