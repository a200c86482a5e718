package srm.google.gke.workload_identity_test

import data.srm.google.gke.workload_identity as policy

res(type, values) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

cluster(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [res("google_container_cluster", object.union({"name": "c", "location": "europe-west1"}, values))]}}

wi := {"workload_identity_config": [{"workload_pool": "acme-prod.svc.id.goog"}]}

test_missing_workload_identity_is_reported if {
	findings := policy.deny with input as cluster({})
	{f.path | some f in findings} == {["workload_identity_config"]}
	findings2 := policy.deny with input as cluster({"workload_identity_config": [{"workload_pool": ""}]})
	{f.path | some f in findings2} == {["workload_identity_config", 0, "workload_pool"]}
}

test_enabled_or_autopilot_pass if {
	count(policy.deny) == 0 with input as cluster(wi)
	count(policy.deny) == 0 with input as cluster({"workload_identity_config": [{"workload_pool": "${var.project}.svc.id.goog"}]})
	count(policy.deny) == 0 with input as cluster({"enable_autopilot": true})
}

test_node_pools_exposing_metadata_are_reported if {
	findings := policy.deny with input as cluster(object.union(wi, {
		"node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}],
		"node_pool": [{"name": "p", "node_config": [{"workload_metadata_config": [{"mode": "GKE_METADATA"}]}]}, {"name": "q", "node_config": [{"workload_metadata_config": [{"node_metadata": "EXPOSE"}]}]}],
	}))
	{f.path | some f in findings} == {
		["node_config", 0, "workload_metadata_config", 0, "mode"],
		["node_pool", 1, "node_config", 0, "workload_metadata_config", 0, "node_metadata"],
	}
	pool := {"format": "terraform", "resources": {"google_container_node_pool": [res("google_container_node_pool", {"cluster": "c", "node_config": [{"workload_metadata_config": [{"mode": "GCE_METADATA"}]}]})]}}
	count(policy.deny) == 1 with input as pool
}
