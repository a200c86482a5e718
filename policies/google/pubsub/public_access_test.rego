package srm.google.pubsub.public_access_test

import data.srm.google.pubsub.public_access as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, "r", values, {})]}}

test_public_members_are_reported if {
	findings := policy.deny with input as one("google_pubsub_topic_iam_member", {"topic": "orders", "role": "roles/pubsub.publisher", "member": "allUsers"})
	{f.path | some f in findings} == {["member"]}
	findings2 := policy.deny with input as one("google_pubsub_subscription_iam_binding", {"subscription": "orders-sub", "role": "roles/pubsub.subscriber", "members": ["serviceAccount:a@p.iam.gserviceaccount.com", "allAuthenticatedUsers"]})
	{f.path | some f in findings2} == {["members", 1]}
}

test_policy_data_is_reported if {
	findings := policy.deny with input as one("google_pubsub_topic_iam_policy", {"topic": "orders", "policy_data": {"bindings": [{"role": "roles/pubsub.viewer", "members": ["allUsers"]}]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "members", 0]}
	iam_policy := res("google_pubsub_subscription_iam_policy", "p", {"subscription": "s", "policy_data": "${data.google_iam_policy.p.policy_data}"}, {"policy_data": ["data.google_iam_policy.p"]})
	data_source := object.union(res("google_iam_policy", "p", {"binding": [{"role": "roles/pubsub.subscriber", "members": ["allAuthenticatedUsers"]}]}, {}), {"address": "data.google_iam_policy.p", "mode": "data"})
	findings2 := policy.deny with input as {"format": "terraform", "resources": {"google_pubsub_subscription_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]}}
	{[f.resource, f.path] | some f in findings2} == {["data.google_iam_policy.p", ["binding", 0, "members", 0]]}
}

test_named_or_unresolved_members_pass if {
	count(policy.deny) == 0 with input as one("google_pubsub_topic_iam_member", {"topic": "orders", "role": "roles/pubsub.publisher", "member": "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"})
	count(policy.deny) == 0 with input as one("google_pubsub_topic_iam_member", {"topic": "orders", "role": "roles/pubsub.publisher", "member": "${var.publisher}"})
	count(policy.deny) == 0 with input as one("google_pubsub_subscription_iam_binding", {"subscription": "s", "role": "roles/pubsub.subscriber", "members": "${var.subscribers}"})
}
