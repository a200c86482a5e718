variable "source_object" {
  type = string
}

resource "google_cloudfunctions2_function" "invoice_pdf" {
  name     = "invoice-pdf"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "render"

    automatic_update_policy {}

    source {
      storage_source {
        bucket = "acme-prod-functions-source"
        object = var.source_object
      }
    }
  }
}

# No update policy: automatic updates are the default.
resource "google_cloudfunctions_function" "legacy" {
  name                  = "legacy"
  region                = "europe-west1"
  runtime               = "nodejs22"
  entry_point           = "main"
  source_archive_bucket = "acme-prod-functions-source"
  source_archive_object = "legacy.zip"
  trigger_http          = true
}
