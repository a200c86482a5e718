variable "ingress_settings" {
  type = string
}

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

  service_config {
    ingress_settings      = "ALLOW_INTERNAL_ONLY"
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
    ingress_settings = var.ingress_settings
  }
}

# 1st gen, event-triggered: no URL to reach.
resource "google_cloudfunctions_function" "on_upload" {
  name                  = "on-upload"
  region                = "europe-west1"
  runtime               = "python312"
  entry_point           = "main"
  source_archive_bucket = "acme-prod-functions-source"
  source_archive_object = "on-upload.zip"

  event_trigger {
    event_type = "google.storage.object.finalize"
    resource   = "acme-prod-uploads"
  }
}
