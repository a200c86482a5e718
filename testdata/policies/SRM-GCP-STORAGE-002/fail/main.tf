resource "google_storage_bucket" "exports" {
  name                        = "acme-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited" # expect: SRM-GCP-STORAGE-002
}

resource "google_storage_bucket" "reports" { # expect: SRM-GCP-STORAGE-002
  name                        = "acme-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}
