package srm.google.orgpolicy.list_constraint_allow_all_test

import data.srm.google.orgpolicy.list_constraint_allow_all as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.p", [type]), "type": type, "name": "p",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

new_policy(constraint, spec) := doc("google_org_policy_policy", {"name": sprintf("folders/42/policies/%s", [constraint]), "parent": "folders/42", "spec": [spec]})

test_allow_all_is_reported if {
	findings := policy.deny with input as new_policy("iam.allowedPolicyMemberDomains", {"rules": [{"allow_all": "TRUE"}]})
	{f.path | some f in findings} == {["spec", 0, "rules", 0, "allow_all"]}
	findings2 := policy.deny with input as new_policy("compute.vmExternalIpAccess", {"reset": true})
	{f.path | some f in findings2} == {["spec", 0, "reset"]}
}

test_legacy_resources_are_reported if {
	findings := policy.deny with input as doc("google_project_organization_policy", {"project": "acme", "constraint": "constraints/compute.vmExternalIpAccess", "list_policy": [{"allow": [{"all": true}]}]})
	{f.path | some f in findings} == {["list_policy", 0, "allow", 0, "all"]}
	count(policy.deny) == 1 with input as doc("google_organization_policy", {"org_id": "1", "constraint": "compute.trustedImageProjects", "restore_policy": [{"default": true}]})
}

test_restricted_conditional_and_other_constraints_pass if {
	count(policy.deny) == 0 with input as new_policy("iam.allowedPolicyMemberDomains", {"rules": [{"values": [{"allowed_values": ["C0abc123"]}]}]})
	count(policy.deny) == 0 with input as new_policy("compute.vmExternalIpAccess", {"rules": [{"deny_all": "TRUE"}]})
	exception := {"rules": [{"deny_all": "TRUE"}, {"allow_all": "TRUE", "condition": [{"expression": "resource.matchTag('1/bastion', 'yes')"}]}]}
	count(policy.deny) == 0 with input as new_policy("compute.vmExternalIpAccess", exception)
	count(policy.deny) == 0 with input as new_policy("compute.restrictLoadBalancerCreationForTypes", {"rules": [{"allow_all": "TRUE"}]})
	count(policy.deny) == 0 with input as doc("google_project_organization_policy", {"project": "acme", "constraint": "compute.vmExternalIpAccess", "list_policy": [{"deny": [{"all": true}]}]})
}

test_unresolved_values_are_not_reported if {
	count(policy.deny) == 0 with input as new_policy("iam.allowedPolicyMemberDomains", {"rules": [{"allow_all": "${var.allow_all}"}]})
	d := doc("google_org_policy_policy", {"name": "${var.policy_name}", "spec": [{"rules": [{"allow_all": "TRUE"}]}]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_org_policy_policy.p", "path": ["name"]}} with input as d
}
