resource "google_cloudfunctions2_function" "webhook" {
  name     = "webhook"
  location = "europe-west1"

  build_config {
    runtime     = "nodejs22"
    entry_point = "webhook"

    source {
      storage_source {
        bucket = "acme-prod-functions-source"
        object = "webhook.zip"
      }
    }
  }
}

resource "google_cloudfunctions2_function_iam_member" "public" {
  project        = google_cloudfunctions2_function.webhook.project
  location       = google_cloudfunctions2_function.webhook.location
  cloud_function = google_cloudfunctions2_function.webhook.name
  role           = "roles/cloudfunctions.invoker"
  member         = "allUsers" # expect: SRM-GCP-FUNCTIONS-002
}

resource "google_cloudfunctions_function_iam_binding" "legacy" {
  region         = "europe-west1"
  cloud_function = "legacy-report"
  role           = "roles/cloudfunctions.invoker"
  members = [
    "allAuthenticatedUsers", # expect: SRM-GCP-FUNCTIONS-002
  ]
}
