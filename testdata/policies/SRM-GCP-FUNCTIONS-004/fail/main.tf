variable "slack_bot_token" {
  type      = string
  sensitive = true
}

resource "google_cloudfunctions2_function" "notifier" {
  name     = "notifier"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "notify"

    environment_variables = {
      PIP_INDEX_TOKEN = "glpat-build-2024" # expect: SRM-GCP-FUNCTIONS-004
    }

    source {
      storage_source {
        bucket = "acme-prod-functions-source"
        object = "notifier.zip"
      }
    }
  }

  service_config {
    ingress_settings      = "ALLOW_INTERNAL_ONLY"
    service_account_email = "fn-notifier@acme-prod.iam.gserviceaccount.com"

    environment_variables = {
      LOG_LEVEL       = "info"
      SLACK_BOT_TOKEN = var.slack_bot_token # expect: SRM-GCP-FUNCTIONS-004
    }
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

  environment_variables = {
    DB_PASSWORD = "Sup3rS3cret!" # expect: SRM-GCP-FUNCTIONS-004
  }
}
