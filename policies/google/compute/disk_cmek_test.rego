package srm.google.compute.disk_cmek_test

import data.srm.google.compute.disk_cmek as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": object.union({"labels": {"data-classification": "confidential"}}, values), "references": {},
}]}}

test_disk_without_key_is_reported if {
	findings := policy.deny with input as doc("google_compute_disk", {"size": 100})
	{f.path | some f in findings} == {["disk_encryption_key"]}
	findings2 := policy.deny with input as doc("google_compute_region_disk", {"disk_encryption_key": [{}]})
	{f.path | some f in findings2} == {["disk_encryption_key", 0, "kms_key_self_link"]}
}

test_disk_with_key_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_disk", {"disk_encryption_key": [{"kms_key_self_link": "${google_kms_crypto_key.k.id}"}]})
	count(policy.deny) == 0 with input as doc("google_compute_disk", {"disk_encryption_key": [{"raw_key": "${var.csek}"}]})
}

test_unclassified_disk_passes if {
	count(policy.deny) == 0 with input as doc("google_compute_disk", {"labels": {"data-classification": "internal"}})
}

test_instance_boot_disk if {
	findings := policy.deny with input as doc("google_compute_instance", {"boot_disk": [{"initialize_params": [{"image": "debian-cloud/debian-12"}]}]})
	{f.path | some f in findings} == {["boot_disk", 0, "kms_key_self_link"]}
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"boot_disk": [{"kms_key_self_link": "${var.key}"}]})
	count(policy.deny) == 0 with input as doc("google_compute_instance", {"boot_disk": [{"source": "${google_compute_disk.boot.id}"}]})
}

test_template_disks if {
	findings := policy.deny with input as doc("google_compute_instance_template", {"disk": [
		{"source_image": "debian-cloud/debian-12", "disk_encryption_key": [{"kms_key_self_link": "k"}]},
		{"disk_size_gb": 100},
		{"source": "existing-disk"},
	]})
	{f.path | some f in findings} == {["disk", 1, "disk_encryption_key"]}
}
