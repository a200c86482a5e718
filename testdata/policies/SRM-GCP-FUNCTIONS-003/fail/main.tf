resource "google_cloudfunctions_function" "report" { # expect: SRM-GCP-FUNCTIONS-003
  name                  = "report"
  region                = "europe-west1"
  runtime               = "python312"
  entry_point           = "main"
  source_archive_bucket = "acme-prod-functions-source"
  source_archive_object = "report.zip"
  trigger_http          = true
  ingress_settings      = "ALLOW_INTERNAL_AND_GCLB"
}

resource "google_cloudfunctions_function" "callback" {
  name                         = "callback"
  region                       = "europe-west1"
  runtime                      = "nodejs22"
  entry_point                  = "callback"
  source_archive_bucket        = "acme-prod-functions-source"
  source_archive_object        = "callback.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_OPTIONAL" # expect: SRM-GCP-FUNCTIONS-003
}
