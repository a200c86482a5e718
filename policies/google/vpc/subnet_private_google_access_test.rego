package srm.google.vpc.subnet_private_google_access_test

import data.srm.google.vpc.subnet_private_google_access as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_compute_subnetwork": [{
	"address": "google_compute_subnetwork.r", "type": "google_compute_subnetwork", "name": "r",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "r", "network": "default", "ip_cidr_range": "10.0.0.0/24"}, values), "references": {},
}]}}

test_disabled_or_omitted_is_reported if {
	findings := policy.deny with input as doc({"private_ip_google_access": false})
	{f.path | some f in findings} == {["private_ip_google_access"]}
	count(policy.deny) == 1 with input as doc({})
}

test_enabled_unresolved_or_proxy_pass if {
	count(policy.deny) == 0 with input as doc({"private_ip_google_access": true})
	count(policy.deny) == 0 with input as doc({"private_ip_google_access": "${var.pga}"})
	count(policy.deny) == 0 with input as doc({"purpose": "REGIONAL_MANAGED_PROXY", "role": "ACTIVE"})
}

test_fix_turns_private_google_access_on if {
	off := policy.deny with input as doc({"private_ip_google_access": false})
	{f.fix | some f in off} == {[{"set": ["private_ip_google_access"], "value": true}]}
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["private_ip_google_access"], "value": true}]}
}
