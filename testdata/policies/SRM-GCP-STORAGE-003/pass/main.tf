variable "reader_member" {
  type = string
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket_iam_member" "reader" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = "group:analysts@example.com"
}

resource "google_storage_bucket_iam_member" "configurable" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectViewer"
  member = var.reader_member
}

resource "google_storage_bucket_iam_binding" "writers" {
  bucket  = google_storage_bucket.data.name
  role    = "roles/storage.objectCreator"
  members = ["serviceAccount:ingest@acme-prod.iam.gserviceaccount.com"]
}

# A public data source used for a Cloud Run service, not for a bucket.
data "google_iam_policy" "public_invoker" {
  binding {
    role    = "roles/run.invoker"
    members = ["allUsers"]
  }
}

resource "google_cloud_run_service_iam_policy" "site" {
  location    = "europe-west1"
  service     = "site"
  policy_data = data.google_iam_policy.public_invoker.policy_data
}

resource "google_storage_bucket" "legacy" {
  name     = "acme-legacy"
  location = "EU"
}

resource "google_storage_bucket_acl" "private" {
  bucket         = google_storage_bucket.legacy.name
  predefined_acl = "projectPrivate"
}
