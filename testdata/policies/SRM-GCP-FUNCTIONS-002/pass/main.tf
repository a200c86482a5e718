variable "invokers" {
  type = list(string)
}

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

resource "google_cloudfunctions2_function_iam_member" "scheduler" {
  project        = google_cloudfunctions2_function.webhook.project
  location       = google_cloudfunctions2_function.webhook.location
  cloud_function = google_cloudfunctions2_function.webhook.name
  role           = "roles/cloudfunctions.invoker"
  member         = "serviceAccount:scheduler@acme-prod.iam.gserviceaccount.com"
}

resource "google_cloudfunctions2_function_iam_binding" "callers" {
  project        = google_cloudfunctions2_function.webhook.project
  location       = google_cloudfunctions2_function.webhook.location
  cloud_function = google_cloudfunctions2_function.webhook.name
  role           = "roles/cloudfunctions.invoker"
  members        = var.invokers
}
