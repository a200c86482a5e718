package srm.google.compute.os_login_test

import data.srm.google.compute.os_login as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_instance_opt_out_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"metadata": {"enable-oslogin": false}})
	{f.path | some f in findings} == {["metadata", "enable-oslogin"]}
	count(policy.deny) == 1 with input as doc("google_compute_instance_template", {"metadata": {"enable-oslogin": "FALSE"}})
}

test_instance_without_key_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"enable-oslogin": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"enable-oslogin": "${var.oslogin}"}})
}

test_project_metadata if {
	count(policy.deny) == 1 with input as doc("google_compute_project_metadata", {"metadata": {"enable-oslogin": false}})
	findings := policy.deny with input as doc("google_compute_project_metadata", {"metadata": {"ssh-keys": "dev:ssh-ed25519 AAAA dev"}})
	{f.path | some f in findings} == {["metadata", "enable-oslogin"]}
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata", {"metadata": {"enable-oslogin": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata", {"metadata": "${local.metadata}"})
}

test_project_metadata_item if {
	findings := policy.deny with input as doc("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "FALSE"})
	{f.path | some f in findings} == {["value"]}
	count(policy.deny) == 0 with input as doc("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "TRUE"})
}

test_fix_turns_os_login_on if {
	instance := policy.deny with input as doc("google_compute_instance", {"metadata": {"enable-oslogin": "FALSE"}})
	{f.fix | some f in instance} == {[{"set": ["metadata", "enable-oslogin"], "value": "TRUE"}]}
	project := policy.deny with input as doc("google_compute_project_metadata", {"metadata": {"ssh-keys": "ops:ssh-ed25519 AAAA ops"}})
	{f.fix | some f in project} == {[{"set": ["metadata", "enable-oslogin"], "value": "TRUE"}]}
	item := policy.deny with input as doc("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "false"})
	{f.fix | some f in item} == {[{"set": ["value"], "value": "TRUE"}]}
}
