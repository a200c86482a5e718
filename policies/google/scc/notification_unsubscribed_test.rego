package srm.google.scc.notification_unsubscribed_test

import data.srm.google.scc.notification_unsubscribed as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

topic(values) := res("google_pubsub_topic", "scc", object.union({"name": "scc-findings"}, values), {})

notification := res("google_scc_v2_organization_notification_config", "n", {
	"config_id": "all-active", "organization": "123", "location": "global",
	"pubsub_topic": "${google_pubsub_topic.scc.id}",
	"streaming_config": [{"filter": "state = \"ACTIVE\""}],
}, {"pubsub_topic": ["google_pubsub_topic.scc"]})

subscription(topic_value, refs) := res("google_pubsub_subscription", "siem", {"name": "scc-to-siem", "topic": topic_value}, {"topic": refs})

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_unsubscribed_topic_is_reported if {
	findings := policy.deny with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification]})
	{[f.resource, f.path] | some f in findings} == {["google_scc_v2_organization_notification_config.n", ["pubsub_topic"]]}
	policy.applies == {"google_scc_v2_organization_notification_config.n"} with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification]})
}

test_subscribed_topic_passes if {
	by_reference := subscription("${google_pubsub_topic.scc.id}", ["google_pubsub_topic.scc"])
	count(policy.deny) == 0 with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification], "google_pubsub_subscription": [by_reference]})
	by_name := subscription("scc-findings", [])
	count(policy.deny) == 0 with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification], "google_pubsub_subscription": [by_name]})
	other := subscription("other-topic", [])
	count(policy.deny) == 1 with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification], "google_pubsub_subscription": [other]})
	fn := res("google_cloudfunctions2_function", "triage", {"name": "triage", "event_trigger": [{"pubsub_topic": "${google_pubsub_topic.scc.id}"}]}, {"event_trigger.0.pubsub_topic": ["google_pubsub_topic.scc"]})
	count(policy.deny) == 0 with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification], "google_cloudfunctions2_function": [fn]})
}

test_retained_topic_passes if {
	count(policy.deny) == 0 with input as doc({"google_pubsub_topic": [topic({"message_retention_duration": "604800s"})], "google_scc_v2_organization_notification_config": [notification]})
}

test_unresolved_topics_are_not_judged if {
	elsewhere := res("google_scc_notification_config", "n", {"config_id": "c", "organization": "123", "pubsub_topic": "${var.topic}", "streaming_config": [{"filter": ""}]}, {"pubsub_topic": ["var.topic"]})
	d := doc({"google_scc_notification_config": [elsewhere]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_scc_notification_config.n", "path": ["pubsub_topic"]}} with input as d
	unknown_sub := subscription("${var.topic}", ["var.topic"])
	count(policy.deny) == 0 with input as doc({"google_pubsub_topic": [topic({})], "google_scc_v2_organization_notification_config": [notification], "google_pubsub_subscription": [unknown_sub]})
}
