variable "uniform_access" {
  type    = bool
  default = true
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "configurable" {
  name                        = "acme-configurable"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform_access
}
