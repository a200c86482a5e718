package srm.google.iam.basic_roles_test

import data.srm.google.iam.basic_roles as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

one(type, values) := doc({type: [res(type, "r", values, {})]})

test_member_and_binding_are_reported if {
	findings := policy.deny with input as one("google_project_iam_member", {"project": "p", "role": "roles/editor", "member": "user:jane@example.com"})
	{f.path | some f in findings} == {["role"]}
	count(policy.deny) == 1 with input as one("google_folder_iam_binding", {"folder": "folders/1", "role": "roles/owner", "members": ["group:admins@example.com"]})
	count(policy.deny) == 1 with input as one("google_organization_iam_member", {"org_id": "1", "role": "roles/viewer", "member": "group:all@example.com"})
}

test_predefined_roles_pass if {
	count(policy.deny) == 0 with input as one("google_project_iam_member", {"project": "p", "role": "roles/compute.viewer", "member": "user:jane@example.com"})
	count(policy.deny) == 0 with input as one("google_project_iam_binding", {"project": "p", "role": "${var.role}", "members": ["user:jane@example.com"]})
	count(policy.deny) == 0 with input as one("google_storage_bucket_iam_member", {"bucket": "b", "role": "roles/storage.admin", "member": "user:jane@example.com"})
}

test_policy_data_object_and_string if {
	findings := policy.deny with input as one("google_project_iam_policy", {"project": "p", "policy_data": {"bindings": [
		{"role": "roles/logging.viewer", "members": ["group:a@example.com"]},
		{"role": "roles/owner", "members": ["group:b@example.com"]},
	]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 1, "role"]}
	count(policy.deny) == 1 with input as one("google_project_iam_policy", {"project": "p", "policy_data": `{"bindings":[{"role":"roles/editor","members":["group:b@example.com"]}]}`})
}

test_policy_data_from_data_source if {
	iam_policy := res("google_project_iam_policy", "p", {"project": "p", "policy_data": "${data.google_iam_policy.admin.policy_data}"}, {"policy_data": ["data.google_iam_policy.admin"]})
	data_source := object.union(res("google_iam_policy", "admin", {"binding": [{"role": "roles/editor", "members": ["group:b@example.com"]}]}, {}), {"address": "data.google_iam_policy.admin", "mode": "data"})
	findings := policy.deny with input as doc({"google_project_iam_policy": [iam_policy], "data.google_iam_policy": [data_source]})
	{[f.resource, f.path] | some f in findings} == {["data.google_iam_policy.admin", ["binding", 0, "role"]]}
}
