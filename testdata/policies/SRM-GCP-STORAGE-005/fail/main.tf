resource "google_storage_bucket" "customer_files" { # expect: SRM-GCP-STORAGE-005
  name                        = "acme-customer-files"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "exports" { # expect: SRM-GCP-STORAGE-005
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = true
  }
}
