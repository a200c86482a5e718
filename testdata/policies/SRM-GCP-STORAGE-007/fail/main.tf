resource "google_storage_bucket" "audit_logs" { # expect: SRM-GCP-STORAGE-007
  name                        = "acme-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
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

  retention_policy { # expect: SRM-GCP-STORAGE-007
    retention_period = 31536000
  }
}

resource "google_logging_organization_sink" "all" {
  name             = "all-logs"
  org_id           = "123456789012"
  destination      = "storage.googleapis.com/acme-org-logs"
  include_children = true
}
