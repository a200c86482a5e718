package srm.google.compute.project_ssh_keys_test

import data.srm.google.compute.project_ssh_keys as policy

res(type, values) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, values)]}}

test_explicit_false_is_reported if {
	findings := policy.deny with input as doc("google_compute_instance", {"metadata": {"block-project-ssh-keys": false}})
	{f.path | some f in findings} == {["metadata", "block-project-ssh-keys"]}
	count(policy.deny) == 1 with input as doc("google_compute_instance_template", {"metadata": {"block-project-ssh-keys": "FALSE"}})
}

test_missing_is_reported if {
	count(policy.deny) == 1 with input as doc("google_compute_instance", {})
	count(policy.deny) == 1 with input as doc("google_compute_instance", {"metadata": {"startup-script": "echo hi"}})
}

test_blocked_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"block-project-ssh-keys": true}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"block-project-ssh-keys": "TRUE"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"block-project-ssh-keys": "${var.block}"}})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": "${local.metadata}"})
}

test_os_login_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"metadata": {"enable-oslogin": "TRUE"}})
	project := res("google_compute_project_metadata_item", {"key": "enable-oslogin", "value": "TRUE"})
	count(policy.deny) == 0 with input as {"format": "terraform", "resources": {"google_compute_instance": [res("google_compute_instance", {})], "google_compute_project_metadata_item": [project]}}
	count(policy.deny) == 1 with input as {"format": "terraform", "resources": {"google_compute_instance": [res("google_compute_instance", {"metadata": {"enable-oslogin": "FALSE"}})], "google_compute_project_metadata_item": [project]}}
}

test_instance_from_template_inherits if {
	count(policy.deny) == 0 with input as doc("google_compute_instance_from_template", {"source_instance_template": "${google_compute_instance_template.t.self_link_unique}"})
	count(policy.deny) == 1 with input as doc("google_compute_instance_from_template", {"metadata": {"block-project-ssh-keys": false}})
}
