# METADATA
# title: Security Command Center findings are sent to a Pub/Sub topic nobody subscribes to
# description: >-
#   A notification config streams new and updated findings to a Pub/Sub topic so
#   that a SIEM, a ticketing bridge or an on-call function can act on them. Pub/Sub
#   discards messages published to a topic that has no subscription, so when the
#   topic created for the notifications has none (and does not retain messages for
#   later replay), every finding is dropped and nobody is alerted. Only topics
#   defined in the same module are judged: their subscriptions, push endpoints and
#   function or Eventarc triggers are looked for there too.
# custom:
#   id: SRM-GCP-SCC-002
#   severity: low
#   areas: [incident-response, logging-monitoring]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_scc_notification_config
#       - google_scc_project_notification_config
#       - google_scc_folder_notification_config
#       - google_scc_v2_organization_notification_config
#       - google_scc_v2_folder_notification_config
#       - google_scc_v2_project_notification_config
#   remediation: >-
#     Subscribe the consumer to the topic, e.g. `resource "google_pubsub_subscription"
#     "scc_to_siem" { topic = google_pubsub_topic.scc_findings.id push_config {
#     push_endpoint = "https://siem.example.com/ingest/scc" } }`, or set
#     `message_retention_duration` on the topic if the subscriber is created
#     elsewhere.
#   frameworks: {nist-800-53: [IR-4, IR-6, SI-4(5)]}
#   references:
#     - "https://cloud.google.com/security-command-center/docs/how-to-notifications"
#     - "https://cloud.google.com/pubsub/docs/subscription-overview"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/scc_v2_organization_notification_config"
package srm.google.scc.notification_unsubscribed

import data.srm.lib.terraform as tf

notification_types := {
	"google_scc_notification_config",
	"google_scc_project_notification_config",
	"google_scc_folder_notification_config",
	"google_scc_v2_organization_notification_config",
	"google_scc_v2_folder_notification_config",
	"google_scc_v2_project_notification_config",
}

deny contains {
	"msg": sprintf("notification config %s sends findings to Pub/Sub topic %s, which has no subscription in this module and keeps no messages: every finding is dropped", [n.address, topic]),
	"resource": n.address,
	"path": ["pubsub_topic"],
} if {
	some type in notification_types
	some n in tf.resources(type)
	some topic in tf.references(n, "pubsub_topic")
	topic_keys[topic]
	not consumed_keys[topic]
	not retained_keys[topic]
	not unknown_subscription_target
}

applies contains n.address if {
	some type in notification_types
	some n in tf.resources(type)
	some topic in tf.references(n, "pubsub_topic")
	topic_keys[topic]
}

# The topic is an expression that names no topic of this module: not judged.
unknown contains {"resource": n.address, "path": ["pubsub_topic"]} if {
	some type in notification_types
	some n in tf.resources(type)
	tf.is_unresolved(n.values.pubsub_topic)
	not names_module_topic(n)
}

names_module_topic(n) if {
	some topic in tf.references(n, "pubsub_topic")
	topic_keys[topic]
}

# The topics of this module, by the address a reference names (the base address
# of a count or for_each topic); built once per document, like the sets below,
# so that no notification is compared with every topic.
topic_keys contains tf.base_address(topic) if some topic in tf.resources("google_pubsub_topic")

retained_keys contains tf.base_address(topic) if {
	some topic in tf.resources("google_pubsub_topic")
	not object.get(topic.values, "message_retention_duration", null) in {null, ""}
}

# Topics something in the module consumes: a subscription (by reference, or by the
# topic's name or id), a 2nd gen function or Eventarc trigger on it, or a 1st gen
# function triggered by it.
consumer_attributes := {
	"google_pubsub_subscription": "topic",
	"google_cloudfunctions2_function": "event_trigger.0.pubsub_topic",
	"google_cloudfunctions_function": "event_trigger.0.resource",
	"google_eventarc_trigger": "transport.0.pubsub.0.topic",
}

consumed_keys contains address if {
	some type, attr in consumer_attributes
	some consumer in tf.resources(type)
	some address in tf.references(consumer, attr)
}

consumed_keys contains tf.base_address(topic) if {
	some topic in tf.resources("google_pubsub_topic")
	some attr in ["name", "id"]
	tf.has_value("google_pubsub_subscription", "topic", object.get(topic.values, attr, null))
}

# A subscription whose topic is an expression that names no topic of this module
# (var.topic, a module output): it may be the notification topic's.
unknown_subscription_target if {
	some subscription in tf.resources("google_pubsub_subscription")
	tf.is_unresolved(subscription.values.topic)
	not names_a_topic(subscription)
}

names_a_topic(subscription) if {
	some address in tf.references(subscription, "topic")
	startswith(address, "google_pubsub_topic.")
}
