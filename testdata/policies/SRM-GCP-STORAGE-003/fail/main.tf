resource "google_storage_bucket" "site" {
  name                        = "acme-site-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # expect: SRM-GCP-STORAGE-003
}

resource "google_storage_bucket_iam_binding" "viewers" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.legacyBucketReader"
  members = [
    "group:web-team@example.com",
    "allAuthenticatedUsers", # expect: SRM-GCP-STORAGE-003
  ]
}

resource "google_storage_bucket" "shared" {
  name     = "acme-shared"
  location = "EU"
}

resource "google_storage_bucket_iam_policy" "shared" {
  bucket = google_storage_bucket.shared.name
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/storage.objectViewer"
        members = ["allUsers"] # expect: SRM-GCP-STORAGE-003
      },
    ]
  })
}

resource "google_storage_bucket" "docs" {
  name     = "acme-docs"
  location = "EU"
}

data "google_iam_policy" "docs" {
  binding {
    role    = "roles/storage.objectAdmin"
    members = ["group:docs-admins@example.com"]
  }

  binding {
    role = "roles/storage.objectViewer"
    members = [
      "allUsers", # expect: SRM-GCP-STORAGE-003
    ]
  }
}

resource "google_storage_bucket_iam_policy" "docs" {
  bucket      = google_storage_bucket.docs.name
  policy_data = data.google_iam_policy.docs.policy_data
}

resource "google_storage_bucket" "legacy" {
  name     = "acme-legacy"
  location = "EU"
}

resource "google_storage_bucket_acl" "legacy" {
  bucket         = google_storage_bucket.legacy.name
  predefined_acl = "publicRead" # expect: SRM-GCP-STORAGE-003
}

resource "google_storage_default_object_acl" "legacy" {
  bucket = google_storage_bucket.legacy.name
  role_entity = [
    "OWNER:project-owners-123456789",
    "READER:allUsers", # expect: SRM-GCP-STORAGE-003
  ]
}

resource "google_storage_bucket_access_control" "legacy" {
  bucket = google_storage_bucket.legacy.name
  role   = "READER"
  entity = "allAuthenticatedUsers" # expect: SRM-GCP-STORAGE-003
}
