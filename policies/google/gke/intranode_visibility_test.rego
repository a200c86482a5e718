package srm.google.gke.intranode_visibility_test

import data.srm.google.gke.intranode_visibility as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "c", "location": "europe-west1"}, values),
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as cluster({"enable_intranode_visibility": false})
	{f.path | some f in findings} == {["enable_intranode_visibility"]}
}

test_omitted_on_standard_is_reported if {
	count(policy.deny) == 1 with input as cluster({})
	count(policy.deny) == 1 with input as cluster({"enable_intranode_visibility": null})
}

test_enabled_or_autopilot_default_passes if {
	count(policy.deny) == 0 with input as cluster({"enable_intranode_visibility": true})
	count(policy.deny) == 0 with input as cluster({"enable_autopilot": true})
	count(policy.deny) == 1 with input as cluster({"enable_autopilot": true, "enable_intranode_visibility": false})
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as cluster({"enable_intranode_visibility": "${var.intranode}"})
	count(policy.deny) == 0 with input as cluster({"enable_autopilot": "${var.autopilot}"})
	policy.unknown == {{"resource": "google_container_cluster.c", "path": ["enable_intranode_visibility"]}} with input as cluster({"enable_intranode_visibility": "${var.intranode}"})
}

test_fix_turns_intranode_visibility_on if {
	explicit := policy.deny with input as cluster({"enable_intranode_visibility": false})
	{f.fix | some f in explicit} == {[{"set": ["enable_intranode_visibility"], "value": true}]}
	missing := policy.deny with input as cluster({})
	{f.fix | some f in missing} == {[{"set": ["enable_intranode_visibility"], "value": true}]}
}
