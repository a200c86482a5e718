package srm.google.orgpolicy.security_constraint_off_test

import data.srm.google.orgpolicy.security_constraint_off as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.p", [type]), "type": type, "name": "p",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

new_policy(constraint, spec) := doc("google_org_policy_policy", {"name": sprintf("organizations/123456789/policies/%s", [constraint]), "parent": "organizations/123456789", "spec": [spec]})

test_unenforced_rule_is_reported if {
	findings := policy.deny with input as new_policy("iam.disableServiceAccountKeyCreation", {"rules": [{"enforce": "FALSE"}]})
	{f.path | some f in findings} == {["spec", 0, "rules", 0, "enforce"]}
	count(policy.deny) == 1 with input as new_policy("compute.requireOsLogin", {"rules": [{"enforce": false}]})
	count(policy.deny) == 1 with input as doc("google_org_policy_policy", {"name": "${google_project.p.id}/policies/storage.uniformBucketLevelAccess", "spec": [{"rules": [{"enforce": "FALSE"}]}]})
}

test_reset_is_reported if {
	findings := policy.deny with input as new_policy("sql.restrictPublicIp", {"reset": true})
	{f.path | some f in findings} == {["spec", 0, "reset"]}
}

test_legacy_resources_are_reported if {
	findings := policy.deny with input as doc("google_project_organization_policy", {"project": "acme-prod", "constraint": "constraints/compute.requireOsLogin", "boolean_policy": [{"enforced": false}]})
	{f.path | some f in findings} == {["boolean_policy", 0, "enforced"]}
	findings2 := policy.deny with input as doc("google_folder_organization_policy", {"folder": "folders/1", "constraint": "storage.publicAccessPrevention", "restore_policy": [{"default": true}]})
	{f.path | some f in findings2} == {["restore_policy", 0, "default"]}
}

test_enforced_conditional_and_other_constraints_pass if {
	count(policy.deny) == 0 with input as new_policy("iam.disableServiceAccountKeyCreation", {"rules": [{"enforce": "TRUE"}]})
	exception := {"rules": [{"enforce": "TRUE"}, {"enforce": "FALSE", "condition": [{"expression": "resource.matchTag('123/keys', 'allowed')"}]}]}
	count(policy.deny) == 0 with input as new_policy("iam.disableServiceAccountKeyCreation", exception)
	count(policy.deny) == 0 with input as new_policy("compute.disableNestedVirtualization", {"rules": [{"enforce": "FALSE"}]})
	count(policy.deny) == 0 with input as doc("google_organization_policy", {"org_id": "123", "constraint": "compute.requireOsLogin", "boolean_policy": [{"enforced": true}]})
}

test_unresolved_values_are_not_reported if {
	count(policy.deny) == 0 with input as new_policy("iam.disableServiceAccountKeyCreation", {"rules": [{"enforce": "${var.enforce}"}]})
	d := doc("google_org_policy_policy", {"name": "${var.policy_name}", "spec": [{"rules": [{"enforce": "FALSE"}]}]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_org_policy_policy.p", "path": ["name"]}} with input as d
	count(policy.unknown) == 0 with input as doc("google_org_policy_policy", {"name": "${var.policy_name}", "spec": [{"rules": [{"enforce": "TRUE"}]}]})
}
