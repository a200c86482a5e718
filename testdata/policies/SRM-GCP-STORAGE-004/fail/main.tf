resource "google_storage_bucket" "reports" {
  name                        = "acme-reports"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = false # expect: SRM-GCP-STORAGE-004
  }
}

resource "google_storage_bucket" "uploads" { # expect: SRM-GCP-STORAGE-004
  name                        = "acme-uploads"
  location                    = "EU"
  uniform_bucket_level_access = true
}
