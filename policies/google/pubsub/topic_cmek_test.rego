package srm.google.pubsub.topic_cmek_test

import data.srm.google.pubsub.topic_cmek as policy

topic(values) := {"format": "terraform", "module": ".", "resources": {"google_pubsub_topic": [{
	"address": "google_pubsub_topic.t", "type": "google_pubsub_topic", "name": "t",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "payments"}, values),
}]}}

confidential := {"labels": {"data-classification": "confidential"}}

test_sensitive_topic_without_key_is_reported if {
	findings := policy.deny with input as topic(confidential)
	{f.path | some f in findings} == {["kms_key_name"]}
	policy.applies == {"google_pubsub_topic.t"} with input as topic(confidential)
}

test_provider_default_labels_count if {
	doc := object.union(topic({}), {"providers": [{"name": "google", "values": {"default_labels": {"data-classification": "restricted"}}}]})
	count(policy.deny) == 1 with input as doc
}

test_keyed_or_unclassified_topic_passes if {
	count(policy.deny) == 0 with input as topic(object.union(confidential, {"kms_key_name": "${google_kms_crypto_key.pubsub.id}"}))
	count(policy.deny) == 0 with input as topic({"labels": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as topic({})
	count(policy.applies) == 0 with input as topic({})
}

test_unresolved_labels_are_unknown if {
	doc := topic({"labels": "${var.labels}"})
	count(policy.deny) == 0 with input as doc
	policy.unknown == {{"resource": "google_pubsub_topic.t", "path": ["labels"]}} with input as doc
}
