resource "google_cloudfunctions2_function" "thumbnails" {
  name     = "thumbnails"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "handle"

    source {
      storage_source {
        bucket = "acme-prod-functions-source"
        object = "thumbnails.zip"
      }
    }
  }

  service_config { # expect: SRM-GCP-FUNCTIONS-001
    available_memory      = "512M"
    timeout_seconds       = 60
    service_account_email = "fn-thumbnails@acme-prod.iam.gserviceaccount.com"
  }
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

  service_config {
    ingress_settings      = "ALLOW_ALL" # expect: SRM-GCP-FUNCTIONS-001
    service_account_email = "fn-webhook@acme-prod.iam.gserviceaccount.com"
  }
}

resource "google_cloudfunctions_function" "legacy" { # expect: SRM-GCP-FUNCTIONS-001
  name                  = "legacy"
  region                = "europe-west1"
  runtime               = "python312"
  entry_point           = "main"
  source_archive_bucket = "acme-prod-functions-source"
  source_archive_object = "legacy.zip"
  trigger_http          = true
}
