resource "google_pubsub_topic" "payments" { # expect: SRM-GCP-PUBSUB-001
  name = "payments"

  message_retention_duration = "86400s"

  labels = {
    team                = "payments"
    data-classification = "restricted"
  }
}
