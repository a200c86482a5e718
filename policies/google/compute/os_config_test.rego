package srm.google.compute.os_config_test

import data.srm.google.compute.os_config as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.x", [type]), "type": type, "name": "x", "mode": "managed", "file": "main.tf",
	"values": values, "references": {},
}]}}

test_enabled_or_inherited_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"name": "vm", "metadata": {"enable-osconfig": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"name": "vm"})
	count(policy.deny) == 0 with input as doc("google_compute_instance_template", {"metadata": {"enable-oslogin": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata", {"metadata": {"enable-osconfig": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata_item", {"key": "enable-osconfig", "value": "TRUE"})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "FALSE"})
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"enable-osconfig": "${var.osconfig}"}})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata", {"metadata": "${var.metadata}"})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata_item", {"key": "enable-osconfig", "value": "${var.osconfig}"})
}

test_instance_opt_out_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"metadata": {"enable-osconfig": "FALSE"}})
	{[f.resource, f.path] | some f in findings} == {["google_compute_instance.x", ["metadata", "enable-osconfig"]]}
	count(policy.deny) == 1 with input as doc("google_compute_region_instance_template", {"metadata": {"enable-osconfig": false}})
}

test_project_metadata_reported if {
	findings := policy.deny with input as doc("google_compute_project_metadata", {"metadata": {"enable-oslogin": "TRUE"}})
	{f.path | some f in findings} == {["metadata", "enable-osconfig"]}
	count(policy.deny) == 1 with input as doc("google_compute_project_metadata", {"metadata": {"enable-osconfig": "false"}})
	item := policy.deny with input as doc("google_compute_project_metadata_item", {"key": "enable-osconfig", "value": "FALSE"})
	{f.path | some f in item} == {["value"]}
}

test_fix_turns_os_config_on if {
	instance := policy.deny with input as doc("google_compute_instance", {"metadata": {"enable-osconfig": "FALSE"}})
	{f.fix | some f in instance} == {[{"set": ["metadata", "enable-osconfig"], "value": "TRUE"}]}
	project := policy.deny with input as doc("google_compute_project_metadata", {"metadata": {"enable-oslogin": "TRUE"}})
	{f.fix | some f in project} == {[{"set": ["metadata", "enable-osconfig"], "value": "TRUE"}]}
	item := policy.deny with input as doc("google_compute_project_metadata_item", {"key": "enable-osconfig", "value": "FALSE"})
	{f.fix | some f in item} == {[{"set": ["value"], "value": "TRUE"}]}
}
