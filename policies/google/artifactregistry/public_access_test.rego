package srm.google.artifactregistry.public_access_test

import data.srm.google.artifactregistry.public_access as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

one(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, "r", values, {})]}}

test_public_members_are_reported if {
	findings := policy.deny with input as one("google_artifact_registry_repository_iam_member", {"repository": "apps", "location": "europe", "role": "roles/artifactregistry.reader", "member": "allUsers"})
	{f.path | some f in findings} == {["member"]}
	findings2 := policy.deny with input as one("google_artifact_registry_repository_iam_binding", {"repository": "apps", "role": "roles/artifactregistry.writer", "members": ["group:ci@example.com", "allAuthenticatedUsers"]})
	{f.path | some f in findings2} == {["members", 1]}
}

test_policy_data_is_reported if {
	findings := policy.deny with input as one("google_artifact_registry_repository_iam_policy", {"repository": "apps", "policy_data": {"bindings": [{"role": "roles/artifactregistry.reader", "members": ["allUsers"]}]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "members", 0]}
	iam_policy := res("google_artifact_registry_repository_iam_policy", "p", {"repository": "apps", "policy_data": "${data.google_iam_policy.p.policy_data}"}, {"policy_data": ["data.google_iam_policy.p"]})
	data_source := object.union(res("google_iam_policy", "p", {"binding": [{"role": "roles/artifactregistry.reader", "members": ["allUsers"]}]}, {}), {"address": "data.google_iam_policy.p", "mode": "data"})
	findings2 := policy.deny with input as {"format": "terraform", "resources": {"google_artifact_registry_repository_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]}}
	{[f.resource, f.path] | some f in findings2} == {["data.google_iam_policy.p", ["binding", 0, "members", 0]]}
}

test_named_or_unresolved_members_pass if {
	count(policy.deny) == 0 with input as one("google_artifact_registry_repository_iam_member", {"repository": "apps", "role": "roles/artifactregistry.reader", "member": "serviceAccount:gke-nodes@acme-prod.iam.gserviceaccount.com"})
	count(policy.deny) == 0 with input as one("google_artifact_registry_repository_iam_member", {"repository": "apps", "role": "roles/artifactregistry.reader", "member": "${var.reader}"})
	count(policy.deny) == 0 with input as one("google_artifact_registry_repository_iam_binding", {"repository": "apps", "role": "roles/artifactregistry.reader", "members": "${var.readers}"})
}
