package srm.google.functions.public_invoker_test

import data.srm.google.functions.public_invoker as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, "r", values, {})]}}

test_public_members_are_reported if {
	findings := policy.deny with input as one("google_cloudfunctions2_function_iam_member", {"cloud_function": "webhook", "role": "roles/cloudfunctions.invoker", "member": "allUsers"})
	{f.path | some f in findings} == {["member"]}
	findings2 := policy.deny with input as one("google_cloudfunctions_function_iam_binding", {"cloud_function": "legacy", "role": "roles/cloudfunctions.invoker", "members": ["group:ops@example.com", "allAuthenticatedUsers"]})
	{f.path | some f in findings2} == {["members", 1]}
}

test_policy_data_is_reported if {
	findings := policy.deny with input as one("google_cloudfunctions2_function_iam_policy", {"cloud_function": "f", "policy_data": {"bindings": [{"role": "roles/cloudfunctions.invoker", "members": ["allUsers"]}]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "members", 0]}
	iam_policy := res("google_cloudfunctions_function_iam_policy", "p", {"cloud_function": "f", "policy_data": "${data.google_iam_policy.p.policy_data}"}, {"policy_data": ["data.google_iam_policy.p"]})
	data_source := object.union(res("google_iam_policy", "p", {"binding": [{"role": "roles/cloudfunctions.invoker", "members": ["allUsers"]}]}, {}), {"address": "data.google_iam_policy.p", "mode": "data"})
	findings2 := policy.deny with input as {"format": "terraform", "resources": {"google_cloudfunctions_function_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]}}
	{[f.resource, f.path] | some f in findings2} == {["data.google_iam_policy.p", ["binding", 0, "members", 0]]}
}

test_named_or_unresolved_members_pass if {
	count(policy.deny) == 0 with input as one("google_cloudfunctions2_function_iam_member", {"cloud_function": "f", "role": "roles/cloudfunctions.invoker", "member": "serviceAccount:scheduler@acme-prod.iam.gserviceaccount.com"})
	count(policy.deny) == 0 with input as one("google_cloudfunctions2_function_iam_member", {"cloud_function": "f", "role": "roles/cloudfunctions.invoker", "member": "${var.invoker}"})
	count(policy.deny) == 0 with input as one("google_cloudfunctions2_function_iam_binding", {"cloud_function": "f", "role": "roles/cloudfunctions.invoker", "members": "${var.invokers}"})
}
