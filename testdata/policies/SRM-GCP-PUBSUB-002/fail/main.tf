resource "google_pubsub_topic" "orders" {
  name = "orders"
}

resource "google_pubsub_subscription" "orders_analytics" {
  name  = "orders-analytics"
  topic = google_pubsub_topic.orders.id
}

resource "google_pubsub_topic_iam_member" "partners" {
  topic  = google_pubsub_topic.orders.name
  role   = "roles/pubsub.publisher"
  member = "allAuthenticatedUsers" # expect: SRM-GCP-PUBSUB-002
}

resource "google_pubsub_subscription_iam_binding" "readers" {
  subscription = google_pubsub_subscription.orders_analytics.name
  role         = "roles/pubsub.subscriber"
  members = [
    "serviceAccount:analytics@acme-prod.iam.gserviceaccount.com",
    "allUsers", # expect: SRM-GCP-PUBSUB-002
  ]
}
