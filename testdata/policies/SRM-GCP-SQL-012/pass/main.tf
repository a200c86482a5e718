variable "local_infile" {
  type = string
}

resource "google_sql_database_instance" "shop" {
  name             = "shop"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "catalog" {
  name             = "catalog"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = var.local_infile
    }
  }
}

# No local_infile flag.
resource "google_sql_database_instance" "inventory" {
  name             = "inventory"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
  }
}
