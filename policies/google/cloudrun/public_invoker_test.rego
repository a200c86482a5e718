package srm.google.cloudrun.public_invoker_test

import data.srm.google.cloudrun.public_invoker as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, "r", values, {})]}}

test_public_members_are_reported if {
	findings := policy.deny with input as one("google_cloud_run_v2_service_iam_member", {"name": "api", "location": "europe-west1", "role": "roles/run.invoker", "member": "allUsers"})
	{f.path | some f in findings} == {["member"]}
	findings2 := policy.deny with input as one("google_cloud_run_service_iam_binding", {"service": "api", "role": "roles/run.invoker", "members": ["group:ops@example.com", "allAuthenticatedUsers"]})
	{f.path | some f in findings2} == {["members", 1]}
	count(policy.deny) == 1 with input as one("google_cloud_run_v2_job_iam_member", {"name": "export", "role": "roles/run.invoker", "member": "allUsers"})
}

test_policy_data_is_reported if {
	findings := policy.deny with input as one("google_cloud_run_v2_service_iam_policy", {"name": "api", "policy_data": {"bindings": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "members", 0]}
	iam_policy := res("google_cloud_run_v2_service_iam_policy", "p", {"name": "api", "policy_data": "${data.google_iam_policy.p.policy_data}"}, {"policy_data": ["data.google_iam_policy.p"]})
	data_source := object.union(res("google_iam_policy", "p", {"binding": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}, {}), {"address": "data.google_iam_policy.p", "mode": "data"})
	findings2 := policy.deny with input as {"format": "terraform", "resources": {"google_cloud_run_v2_service_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]}}
	{[f.resource, f.path] | some f in findings2} == {["data.google_iam_policy.p", ["binding", 0, "members", 0]]}
}

test_invoker_check_disabled_is_reported if {
	findings := policy.deny with input as one("google_cloud_run_v2_service", {"name": "api", "invoker_iam_disabled": true})
	{f.path | some f in findings} == {["invoker_iam_disabled"]}
	count(policy.deny) == 0 with input as one("google_cloud_run_v2_service", {"name": "api", "invoker_iam_disabled": false})
	count(policy.deny) == 0 with input as one("google_cloud_run_v2_service", {"name": "api"})
}

test_named_or_unresolved_members_pass if {
	count(policy.deny) == 0 with input as one("google_cloud_run_v2_service_iam_member", {"name": "api", "role": "roles/run.invoker", "member": "serviceAccount:frontend@acme-prod.iam.gserviceaccount.com"})
	count(policy.deny) == 0 with input as one("google_cloud_run_v2_service_iam_binding", {"name": "api", "role": "roles/run.invoker", "members": "${var.invokers}"})
	count(policy.deny) == 0 with input as one("google_cloud_run_v2_service_iam_member", {"name": "api", "role": "roles/run.invoker", "member": "${var.invoker}"})
	doc := one("google_cloud_run_v2_service", {"name": "api", "invoker_iam_disabled": "${var.public}"})
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
}
