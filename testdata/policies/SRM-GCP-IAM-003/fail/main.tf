resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" { # expect: SRM-GCP-IAM-003
  service_account_id = google_service_account.ci.name
}

resource "google_service_account_key" "partner" {
  service_account_id = google_service_account.ci.name
  public_key_data    = filebase64("partner-public-key.pem") # expect: SRM-GCP-IAM-003
}
