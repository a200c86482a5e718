package srm.google.gke.legacy_abac_test

import data.srm.google.gke.legacy_abac as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_abac_on_is_reported if {
	findings := policy.deny with input as doc({"enable_legacy_abac": true})
	{f.path | some f in findings} == {["enable_legacy_abac"]}
}

test_abac_off_default_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"enable_legacy_abac": false})
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"enable_legacy_abac": "${var.abac}"})
}

test_fix_turns_legacy_abac_off if {
	findings := policy.deny with input as doc({"enable_legacy_abac": true})
	{f.fix | some f in findings} == {[{"set": ["enable_legacy_abac"], "value": false}]}
}
