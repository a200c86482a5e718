package srm.google.compute.public_ip_test

import data.srm.google.compute.public_ip as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_access_config_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"network_interface": [
		{"network": "default"},
		{"network": "dmz", "access_config": [{}]},
	]})
	{f.path | some f in findings} == {["network_interface", 1, "access_config", 0]}
	count(policy.deny) == 1 with input as doc("google_compute_instance_template", {"network_interface": [{"network": "default", "access_config": [{"nat_ip": "${google_compute_address.a.address}"}]}]})
	count(policy.deny) == 1 with input as doc("google_compute_instance", {"network_interface": {"network": "default", "access_config": {}}})
}

test_ipv6_access_config_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"network_interface": [{"network": "default", "stack_type": "IPV4_IPV6", "ipv6_access_config": [{"network_tier": "PREMIUM"}]}]})
	{f.path | some f in findings} == {["network_interface", 0, "ipv6_access_config", 0]}
}

test_private_instance_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"network_interface": [{"subnetwork": "app"}]})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {})
}
