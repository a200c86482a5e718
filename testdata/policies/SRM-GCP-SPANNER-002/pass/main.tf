variable "deletion_protection" {
  type = bool
}

resource "google_spanner_instance" "payments" {
  name         = "payments"
  config       = "regional-europe-west1"
  display_name = "Payments"
  num_nodes    = 1
}

resource "google_spanner_database" "ledger" {
  instance               = google_spanner_instance.payments.name
  name                   = "ledger"
  enable_drop_protection = true
}

# Terraform protection off, but the database cannot be dropped through the API.
resource "google_spanner_database" "audit" {
  instance               = google_spanner_instance.payments.name
  name                   = "audit"
  deletion_protection    = false
  enable_drop_protection = true
}

resource "google_spanner_database" "scratch" {
  instance            = google_spanner_instance.payments.name
  name                = "scratch"
  deletion_protection = var.deletion_protection
}
