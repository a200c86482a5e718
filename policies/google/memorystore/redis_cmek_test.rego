package srm.google.memorystore.redis_cmek_test

import data.srm.google.memorystore.redis_cmek as policy

instance(values) := {"format": "terraform", "module": ".", "resources": {"google_redis_instance": [{
	"address": "google_redis_instance.r", "type": "google_redis_instance", "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "sessions", "memory_size_gb": 5}, values),
}]}}

confidential := {"labels": {"data-classification": "confidential"}}

test_sensitive_instance_without_key_is_reported if {
	findings := policy.deny with input as instance(confidential)
	{f.path | some f in findings} == {["customer_managed_key"]}
	policy.applies == {"google_redis_instance.r"} with input as instance(confidential)
}

test_provider_default_labels_count if {
	doc := object.union(instance({}), {"providers": [{"name": "google", "values": {"default_labels": {"data-classification": "restricted"}}}]})
	count(policy.deny) == 1 with input as doc
}

test_keyed_or_unclassified_instance_passes if {
	count(policy.deny) == 0 with input as instance(object.union(confidential, {"customer_managed_key": "${var.kms_key}"}))
	count(policy.deny) == 0 with input as instance({"labels": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as instance({})
}

test_unresolved_labels_are_unknown if {
	d := instance({"labels": "${var.labels}"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_redis_instance.r", "path": ["labels"]}} with input as d
}
