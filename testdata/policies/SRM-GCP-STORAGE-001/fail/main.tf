resource "google_storage_bucket" "legacy_acl" {
  name                        = "acme-legacy-acl"
  location                    = "EU"
  uniform_bucket_level_access = false # expect: SRM-GCP-STORAGE-001
}

# Omitted: ACLs stay on.
resource "google_storage_bucket" "uploads" { # expect: SRM-GCP-STORAGE-001
  name     = "acme-uploads"
  location = "EU"

  versioning {
    enabled = true
  }
}
