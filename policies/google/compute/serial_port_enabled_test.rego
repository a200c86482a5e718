package srm.google.compute.serial_port_enabled_test

import data.srm.google.compute.serial_port_enabled as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_instance_metadata_true_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"metadata": {"serial-port-enable": true}})
	{f.path | some f in findings} == {["metadata", "serial-port-enable"]}
	count(policy.deny) == 1 with input as doc("google_compute_instance_template", {"metadata": {"serial-port-enable": "TRUE"}})
	count(policy.deny) == 1 with input as doc("google_compute_instance", {"metadata": {"serial-port-enable": 1}})
	count(policy.deny) == 1 with input as doc("google_compute_project_metadata", {"metadata": {"serial-port-enable": "1"}})
}

test_project_metadata_item if {
	findings := policy.deny with input as doc("google_compute_project_metadata_item", {"key": "serial-port-enable", "value": "true"})
	{f.path | some f in findings} == {["value"]}
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata_item", {"key": "serial-port-enable", "value": "false"})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "TRUE"})
}

test_disabled_missing_or_unresolved_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"serial-port-enable": false}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"serial-port-enable": "0"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"enable-oslogin": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"serial-port-enable": "${var.serial}"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": "${local.metadata}"})
}

test_fix_turns_the_serial_console_off if {
	instance := policy.deny with input as doc("google_compute_instance", {"metadata": {"serial-port-enable": 1}})
	{f.fix | some f in instance} == {[{"set": ["metadata", "serial-port-enable"], "value": "FALSE"}]}
	item := policy.deny with input as doc("google_compute_project_metadata_item", {"key": "serial-port-enable", "value": "true"})
	{f.fix | some f in item} == {[{"set": ["value"], "value": "FALSE"}]}
}
