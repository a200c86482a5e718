variable "security_level" {
  type = string
}

resource "google_cloudfunctions_function" "report" {
  name                         = "report"
  region                       = "europe-west1"
  runtime                      = "python312"
  entry_point                  = "main"
  source_archive_bucket        = "acme-prod-functions-source"
  source_archive_object        = "report.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

resource "google_cloudfunctions_function" "callback" {
  name                         = "callback"
  region                       = "europe-west1"
  runtime                      = "nodejs22"
  entry_point                  = "callback"
  source_archive_bucket        = "acme-prod-functions-source"
  source_archive_object        = "callback.zip"
  trigger_http                 = true
  https_trigger_security_level = var.security_level
}

# Event-triggered: no HTTP endpoint.
resource "google_cloudfunctions_function" "on_message" {
  name                  = "on-message"
  region                = "europe-west1"
  runtime               = "python312"
  entry_point           = "main"
  source_archive_bucket = "acme-prod-functions-source"
  source_archive_object = "on-message.zip"

  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/acme-prod/topics/orders"
  }
}
