resource "google_cloudfunctions2_function" "invoice_pdf" {
  name     = "invoice-pdf"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "render"

    on_deploy_update_policy {} # expect: SRM-GCP-FUNCTIONS-005

    source {
      storage_source {
        bucket = "acme-prod-functions-source"
        object = "invoice-pdf.zip"
      }
    }
  }

  service_config {
    ingress_settings      = "ALLOW_INTERNAL_ONLY"
    service_account_email = "fn-invoice-pdf@acme-prod.iam.gserviceaccount.com"
  }
}

resource "google_cloudfunctions_function" "legacy" {
  name                  = "legacy"
  region                = "europe-west1"
  runtime               = "nodejs22"
  entry_point           = "main"
  source_archive_bucket = "acme-prod-functions-source"
  source_archive_object = "legacy.zip"
  trigger_http          = true

  on_deploy_update_policy {} # expect: SRM-GCP-FUNCTIONS-005
}
