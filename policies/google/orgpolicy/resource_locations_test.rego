package srm.google.orgpolicy.resource_locations_test

import data.srm.google.orgpolicy.resource_locations as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.p", [type]), "type": type, "name": "p",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

locations(spec) := doc("google_org_policy_policy", {"name": "folders/42/policies/gcp.resourceLocations", "parent": "folders/42", "spec": [spec]})

test_allow_all_or_reset_is_reported if {
	findings := policy.deny with input as locations({"rules": [{"allow_all": "TRUE"}]})
	{f.path | some f in findings} == {["spec", 0, "rules", 0, "allow_all"]}
	findings2 := policy.deny with input as locations({"reset": true})
	{f.path | some f in findings2} == {["spec", 0, "reset"]}
}

test_legacy_resources_are_reported if {
	findings := policy.deny with input as doc("google_folder_organization_policy", {"folder": "folders/42", "constraint": "constraints/gcp.resourceLocations", "list_policy": [{"allow": [{"all": true}]}]})
	{f.path | some f in findings} == {["list_policy", 0, "allow", 0, "all"]}
	count(policy.deny) == 1 with input as doc("google_project_organization_policy", {"project": "acme", "constraint": "gcp.resourceLocations", "restore_policy": [{"default": true}]})
}

test_restricted_locations_and_other_constraints_pass if {
	count(policy.deny) == 0 with input as locations({"rules": [{"values": [{"allowed_values": ["in:eu-locations"]}]}]})
	exception := {"rules": [{"values": [{"allowed_values": ["in:eu-locations"]}]}, {"allow_all": "TRUE", "condition": [{"expression": "resource.matchTag('1/residency', 'global')"}]}]}
	count(policy.deny) == 0 with input as locations(exception)
	count(policy.deny) == 0 with input as doc("google_org_policy_policy", {"name": "folders/42/policies/compute.vmExternalIpAccess", "spec": [{"rules": [{"allow_all": "TRUE"}]}]})
}

test_unresolved_values_are_not_reported if {
	count(policy.deny) == 0 with input as locations({"rules": [{"allow_all": "${var.allow_all}"}]})
	d := doc("google_org_policy_policy", {"name": "${var.policy_name}", "spec": [{"reset": true}]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_org_policy_policy.p", "path": ["name"]}} with input as d
}
