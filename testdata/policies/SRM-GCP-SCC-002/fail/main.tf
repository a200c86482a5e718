resource "google_pubsub_topic" "scc_findings" {
  name = "scc-findings"
}

resource "google_scc_v2_organization_notification_config" "active_findings" {
  config_id    = "active-findings"
  organization = "123456789012"
  location     = "global"
  description  = "Active findings for the SOC"
  pubsub_topic = google_pubsub_topic.scc_findings.id # expect: SRM-GCP-SCC-002

  streaming_config {
    filter = "state = \"ACTIVE\" AND mute != \"MUTED\""
  }
}
