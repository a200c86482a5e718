package srm.google.dns.policy_logging_test

import data.srm.google.dns.policy_logging as policy

dns_policy(values) := {"format": "terraform", "module": ".", "resources": {"google_dns_policy": [{
	"address": "google_dns_policy.p", "type": "google_dns_policy", "name": "p",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "vpc", "networks": [{"network_url": "${google_compute_network.vpc.id}"}]}, values),
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as dns_policy({"enable_logging": false})
	{f.path | some f in findings} == {["enable_logging"]}
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as dns_policy({"enable_inbound_forwarding": true})
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as dns_policy({"enable_logging": true})
}

test_unresolved_is_unknown if {
	d := dns_policy({"enable_logging": "${var.dns_logging}"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_dns_policy.p", "path": ["enable_logging"]}} with input as d
}

test_fix_turns_query_logging_on if {
	off := policy.deny with input as dns_policy({"enable_logging": false})
	{f.fix | some f in off} == {[{"set": ["enable_logging"], "value": true}]}
	missing := policy.deny with input as dns_policy({})
	{f.fix | some f in missing} == {[{"set": ["enable_logging"], "value": true}]}
}
