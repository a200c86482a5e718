variable "environment" {
  type = map(string)
}

resource "google_secret_manager_secret" "slack_bot_token" {
  secret_id = "slack-bot-token"

  replication {
    auto {}
  }
}

resource "google_cloudfunctions2_function" "notifier" {
  name     = "notifier"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "notify"

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
      LOG_LEVEL      = "info"
      TOKEN_ENDPOINT = "https://slack.com/api/oauth.v2.access"
    }

    secret_environment_variables {
      key        = "SLACK_BOT_TOKEN"
      project_id = "acme-prod"
      secret     = google_secret_manager_secret.slack_bot_token.secret_id
      version    = "latest"
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
  environment_variables = var.environment
}
