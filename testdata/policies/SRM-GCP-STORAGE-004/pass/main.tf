variable "versioning_enabled" {
  type    = bool
  default = true
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      num_newer_versions = 5
    }
    action {
      type = "Delete"
    }
  }
}

resource "google_storage_bucket" "configurable" {
  name                        = "acme-configurable"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = var.versioning_enabled
  }
}

# Retention policy instead of versioning (the two are mutually exclusive).
resource "google_storage_bucket" "audit_archive" {
  name                        = "acme-audit-archive"
  location                    = "EU"
  uniform_bucket_level_access = true

  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}
