package srm.google.vpc.firewall_logging_test

import data.srm.google.vpc.firewall_logging as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_compute_firewall": [{
	"address": "google_compute_firewall.r", "type": "google_compute_firewall", "name": "r",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "r", "network": "default", "allow": [{"protocol": "tcp", "ports": ["443"]}]}, values), "references": {},
}]}}

test_rule_without_log_config_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["log_config"]}
}

test_log_config_passes if {
	count(policy.deny) == 0 with input as doc({"log_config": [{"metadata": "INCLUDE_ALL_METADATA"}]})
	count(policy.deny) == 0 with input as doc({"log_config": [{"metadata": "${var.metadata}"}]})
	count(policy.deny) == 0 with input as doc({"enable_logging": true})
	count(policy.deny) == 0 with input as doc({"enable_logging": "${var.logging}"})
}

test_disabled_rule_passes if {
	count(policy.deny) == 0 with input as doc({"disabled": true})
}
