package srm.google.compute.ip_forwarding_test

import data.srm.google.compute.ip_forwarding as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_enabled_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"can_ip_forward": true})
	{f.path | some f in findings} == {["can_ip_forward"]}
	count(policy.deny) == 1 with input as doc("google_compute_instance_template", {"can_ip_forward": "true"})
}

test_disabled_omitted_unresolved_pass if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"can_ip_forward": false})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"can_ip_forward": "${var.forward}"})
}

test_fix_turns_ip_forwarding_off if {
	findings := policy.deny with input as doc("google_compute_instance_template", {"can_ip_forward": true})
	{f.fix | some f in findings} == {[{"set": ["can_ip_forward"], "value": false}]}
}
