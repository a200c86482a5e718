package srm.google.dataproc.public_access_test

import data.srm.google.dataproc.public_access as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, "r", values, {})]}}

test_public_members_are_reported if {
	findings := policy.deny with input as one("google_dataproc_cluster_iam_member", {"cluster": "etl", "region": "europe-west1", "role": "roles/dataproc.editor", "member": "allAuthenticatedUsers"})
	{f.path | some f in findings} == {["member"]}
	findings2 := policy.deny with input as one("google_dataproc_job_iam_binding", {"job_id": "j", "region": "europe-west1", "role": "roles/dataproc.viewer", "members": ["allUsers"]})
	{f.path | some f in findings2} == {["members", 0]}
}

test_policy_data_is_reported if {
	findings := policy.deny with input as one("google_dataproc_cluster_iam_policy", {"cluster": "etl", "policy_data": {"bindings": [{"role": "roles/dataproc.viewer", "members": ["user:a@example.com", "allUsers"]}]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "members", 1]}
	iam_policy := res("google_dataproc_cluster_iam_policy", "p", {"cluster": "etl", "policy_data": "${data.google_iam_policy.p.policy_data}"}, {"policy_data": ["data.google_iam_policy.p"]})
	data_source := object.union(res("google_iam_policy", "p", {"binding": [{"role": "roles/dataproc.editor", "members": ["allUsers"]}]}, {}), {"address": "data.google_iam_policy.p", "mode": "data"})
	findings2 := policy.deny with input as {"format": "terraform", "resources": {"google_dataproc_cluster_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]}}
	{[f.resource, f.path] | some f in findings2} == {["data.google_iam_policy.p", ["binding", 0, "members", 0]]}
}

test_named_or_unresolved_members_pass if {
	count(policy.deny) == 0 with input as one("google_dataproc_cluster_iam_member", {"cluster": "etl", "role": "roles/dataproc.viewer", "member": "group:data-engineering@example.com"})
	count(policy.deny) == 0 with input as one("google_dataproc_cluster_iam_member", {"cluster": "etl", "role": "roles/dataproc.viewer", "member": "${var.member}"})
	count(policy.deny) == 0 with input as one("google_dataproc_cluster_iam_binding", {"cluster": "etl", "role": "roles/dataproc.viewer", "members": "${var.members}"})
}
