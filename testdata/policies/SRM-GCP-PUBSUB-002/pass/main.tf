variable "subscribers" {
  type = list(string)
}

resource "google_pubsub_topic" "orders" {
  name = "orders"
}

resource "google_pubsub_subscription" "orders_analytics" {
  name  = "orders-analytics"
  topic = google_pubsub_topic.orders.id
}

resource "google_pubsub_topic_iam_member" "publisher" {
  topic  = google_pubsub_topic.orders.name
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"
}

resource "google_pubsub_subscription_iam_binding" "readers" {
  subscription = google_pubsub_subscription.orders_analytics.name
  role         = "roles/pubsub.subscriber"
  members      = var.subscribers
}
