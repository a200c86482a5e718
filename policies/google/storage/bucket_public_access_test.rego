package srm.google.storage.bucket_public_access_test

import data.srm.google.storage.bucket_public_access as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

one(type, values) := doc({type: [res(type, "r", object.union({"bucket": "${google_storage_bucket.b.name}"}, values), {"bucket": ["google_storage_bucket.b"]})]})

test_member_all_users_reported if {
	findings := policy.deny with input as one("google_storage_bucket_iam_member", {"role": "roles/storage.objectViewer", "member": "allUsers"})
	{f.path | some f in findings} == {["member"]}
}

test_binding_reports_each_public_member if {
	findings := policy.deny with input as one("google_storage_bucket_iam_binding", {
		"role": "roles/storage.objectViewer",
		"members": ["group:data@example.com", "allAuthenticatedUsers", "allUsers"],
	})
	{f.path | some f in findings} == {["members", 1], ["members", 2]}
}

test_named_members_pass if {
	count(policy.deny) == 0 with input as one("google_storage_bucket_iam_member", {"role": "roles/storage.objectViewer", "member": "user:jane@example.com"})
	count(policy.deny) == 0 with input as one("google_storage_bucket_iam_binding", {"role": "roles/storage.objectViewer", "members": ["serviceAccount:app@p.iam.gserviceaccount.com"]})
	count(policy.deny) == 0 with input as one("google_storage_bucket_iam_binding", {"role": "roles/storage.objectViewer", "members": "${var.members}"})
	count(policy.deny) == 0 with input as one("google_storage_bucket_iam_member", {"role": "roles/storage.objectViewer", "member": "${var.member}"})
}

test_policy_data_jsonencode if {
	findings := policy.deny with input as one("google_storage_bucket_iam_policy", {"policy_data": {"bindings": [
		{"role": "roles/storage.admin", "members": ["group:admins@example.com"]},
		{"role": "roles/storage.objectViewer", "members": ["allUsers"]},
	]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 1, "members", 0]}
}

test_policy_data_json_string if {
	findings := policy.deny with input as one("google_storage_bucket_iam_policy", {"policy_data": `{"bindings":[{"role":"roles/storage.objectViewer","members":["allAuthenticatedUsers"]}]}`})
	{f.path | some f in findings} == {["policy_data"]}
}

test_policy_data_from_data_source if {
	iam_policy := res("google_storage_bucket_iam_policy", "p", {"bucket": "b", "policy_data": "${data.google_iam_policy.public.policy_data}"}, {"policy_data": ["data.google_iam_policy.public"]})
	data_source := object.union(res("google_iam_policy", "public", {"binding": [
		{"role": "roles/storage.admin", "members": ["group:admins@example.com"]},
		{"role": "roles/storage.objectViewer", "members": ["user:a@example.com", "allUsers"]},
	]}, {}), {"address": "data.google_iam_policy.public", "mode": "data"})
	findings := policy.deny with input as doc({"google_storage_bucket_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]})
	{[f.resource, f.path] | some f in findings} == {["data.google_iam_policy.public", ["binding", 1, "members", 1]]}
}

test_data_source_not_used_by_a_bucket_is_not_reported if {
	data_source := object.union(res("google_iam_policy", "run", {"binding": [{"role": "roles/run.invoker", "members": ["allUsers"]}]}, {}), {"address": "data.google_iam_policy.run", "mode": "data"})
	count(policy.deny) == 0 with input as doc({"data.google_iam_policy": [data_source]})
}

test_acls if {
	count(policy.deny) == 1 with input as one("google_storage_bucket_acl", {"predefined_acl": "publicRead"})
	count(policy.deny) == 0 with input as one("google_storage_bucket_acl", {"predefined_acl": "private"})
	findings := policy.deny with input as one("google_storage_default_object_acl", {"role_entity": ["OWNER:project-owners-123", "READER:allUsers"]})
	{f.path | some f in findings} == {["role_entity", 1]}
	count(policy.deny) == 1 with input as one("google_storage_object_access_control", {"object": "o", "role": "READER", "entity": "allAuthenticatedUsers"})
	count(policy.deny) == 0 with input as one("google_storage_bucket_access_control", {"role": "READER", "entity": "user-jane@example.com"})
}
