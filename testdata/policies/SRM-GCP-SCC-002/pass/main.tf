variable "siem_endpoint" {
  type = string
}

resource "google_pubsub_topic" "scc_findings" {
  name = "scc-findings"
}

resource "google_pubsub_subscription" "scc_to_siem" {
  name  = "scc-to-siem"
  topic = google_pubsub_topic.scc_findings.id

  push_config {
    push_endpoint = var.siem_endpoint
  }
}

resource "google_scc_v2_organization_notification_config" "active_findings" {
  config_id    = "active-findings"
  organization = "123456789012"
  location     = "global"
  pubsub_topic = google_pubsub_topic.scc_findings.id

  streaming_config {
    filter = "state = \"ACTIVE\" AND mute != \"MUTED\""
  }
}

# Consumed by a subscription in another project: the topic keeps a week of messages.
resource "google_pubsub_topic" "scc_critical" {
  name                       = "scc-critical"
  message_retention_duration = "604800s"
}

resource "google_scc_v2_organization_notification_config" "critical" {
  config_id    = "critical"
  organization = "123456789012"
  location     = "global"
  pubsub_topic = google_pubsub_topic.scc_critical.id

  streaming_config {
    filter = "severity = \"CRITICAL\""
  }
}
