package srm.google.gke.shielded_nodes_test

import data.srm.google.gke.shielded_nodes as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"enable_shielded_nodes": false})
	{f.path | some f in findings} == {["enable_shielded_nodes"]}
}

test_default_enabled_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"enable_shielded_nodes": true})
	count(policy.deny) == 0 with input as doc({"enable_shielded_nodes": "${var.shielded}"})
}

test_fix_turns_shielded_nodes_on if {
	findings := policy.deny with input as doc({"enable_shielded_nodes": false})
	{f.fix | some f in findings} == {[{"set": ["enable_shielded_nodes"], "value": true}]}
}
