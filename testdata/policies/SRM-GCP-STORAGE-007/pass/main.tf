variable "lock_retention" {
  type    = bool
  default = true
}

resource "google_storage_bucket" "audit_logs" {
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true

  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "audit" {
  name                   = "audit-to-gcs"
  destination            = "storage.googleapis.com/${google_storage_bucket.audit_logs.name}"
  filter                 = "logName:\"cloudaudit.googleapis.com\""
  unique_writer_identity = true
}

resource "google_storage_bucket" "org_logs" {
  name                        = "acme-org-logs"
  location                    = "EU"
  uniform_bucket_level_access = true

  retention_policy {
    retention_period = 31536000
    is_locked        = var.lock_retention
  }
}

resource "google_logging_organization_sink" "all" {
  name             = "all-logs"
  org_id           = "123456789012"
  destination      = "storage.googleapis.com/acme-org-logs"
  include_children = true
}

# Not a log destination: no retention needed.
resource "google_storage_bucket" "scratch" {
  name                        = "acme-scratch"
  location                    = "EU"
  uniform_bucket_level_access = true
}
