variable "log_bucket" {
  type = string
}

# Receives the usage logs of the other buckets: not reported.
resource "google_storage_bucket" "access_logs" {
  name                        = "acme-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true

  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}

resource "google_storage_bucket" "media" {
  name                        = "acme-media"
  location                    = "EU"
  uniform_bucket_level_access = true

  logging {
    log_bucket        = "acme-access-logs"
    log_object_prefix = "media/"
  }
}

resource "google_storage_bucket" "configurable" {
  name                        = "acme-configurable"
  location                    = "EU"
  uniform_bucket_level_access = true

  logging {
    log_bucket = var.log_bucket
  }
}
