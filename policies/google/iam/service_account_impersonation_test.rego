package srm.google.iam.service_account_impersonation_test

import data.srm.google.iam.service_account_impersonation as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

one(type, values) := doc({type: [res(type, "r", values, {})]})

test_project_level_grants_are_reported if {
	findings := policy.deny with input as one("google_project_iam_member", {"project": "p", "role": "roles/iam.serviceAccountUser", "member": "user:jane@example.com"})
	{f.path | some f in findings} == {["role"]}
	count(policy.deny) == 1 with input as one("google_project_iam_binding", {"project": "p", "role": "roles/iam.serviceAccountTokenCreator", "members": ["group:ci@example.com"]})
	count(policy.deny) == 1 with input as one("google_organization_iam_member", {"org_id": "1", "role": "roles/iam.serviceAccountUser", "member": "group:ci@example.com"})
}

test_service_account_level_grant_passes if {
	count(policy.deny) == 0 with input as one("google_service_account_iam_member", {"service_account_id": "${google_service_account.app.name}", "role": "roles/iam.serviceAccountUser", "member": "user:jane@example.com"})
	count(policy.deny) == 0 with input as one("google_project_iam_member", {"project": "p", "role": "roles/iam.serviceAccountViewer", "member": "user:jane@example.com"})
	count(policy.deny) == 0 with input as one("google_project_iam_member", {"project": "p", "role": "${var.role}", "member": "user:jane@example.com"})
}

test_policy_data if {
	findings := policy.deny with input as one("google_folder_iam_policy", {"folder": "folders/1", "policy_data": {"bindings": [
		{"role": "roles/iam.serviceAccountTokenCreator", "members": ["group:b@example.com"]},
	]}})
	{f.path | some f in findings} == {["policy_data", "bindings", 0, "role"]}
}
