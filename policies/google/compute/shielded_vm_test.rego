package srm.google.compute.shielded_vm_test

import data.srm.google.compute.shielded_vm as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

all_on := {"enable_secure_boot": true, "enable_vtpm": true, "enable_integrity_monitoring": true}

test_missing_block_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"name": "vm"})
	{f.path | some f in findings} == {["shielded_instance_config"]}
}

test_each_disabled_feature_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": true, "enable_vtpm": false, "enable_integrity_monitoring": "false"}]})
	{f.path | some f in findings} == {["shielded_instance_config", 0, "enable_vtpm"], ["shielded_instance_config", 0, "enable_integrity_monitoring"]}
}

test_secure_boot_omitted_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance_template", {"shielded_instance_config": [{"enable_vtpm": true}]})
	{f.path | some f in findings} == {["shielded_instance_config", 0, "enable_secure_boot"]}
}

test_all_on_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"shielded_instance_config": [all_on]})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": true}]})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"shielded_instance_config": [{"enable_secure_boot": "${var.secure_boot}"}]})
}

test_from_template_inherits if {
	count(policy.deny) == 0 with input as doc("google_compute_instance_from_template", {"source_instance_template": "${google_compute_instance_template.t.id}"})
	count(policy.deny) == 1 with input as doc("google_compute_instance_from_template", {"shielded_instance_config": [{"enable_secure_boot": false}]})
}

test_fix_turns_each_protection_on if {
	missing := policy.deny with input as doc("google_compute_instance", {"name": "vm"})
	{f.fix | some f in missing} == {[{"set": ["shielded_instance_config", 0, "enable_secure_boot"], "value": true}]}
	partial := policy.deny with input as doc("google_compute_instance", {"shielded_instance_config": [{"enable_vtpm": true, "enable_integrity_monitoring": false}]})
	{f.fix | some f in partial} == {
		[{"set": ["shielded_instance_config", 0, "enable_secure_boot"], "value": true}],
		[{"set": ["shielded_instance_config", 0, "enable_integrity_monitoring"], "value": true}],
	}
}
