package srm.google.gke.private_nodes_test

import data.srm.google.gke.private_nodes as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_missing_block_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["private_cluster_config"]}
}

test_disabled_or_omitted_attribute_is_reported if {
	findings := policy.deny with input as doc({"private_cluster_config": [{"enable_private_nodes": false}]})
	{f.path | some f in findings} == {["private_cluster_config", 0, "enable_private_nodes"]}
	count(policy.deny) == 1 with input as doc({"private_cluster_config": [{"enable_private_endpoint": false}]})
}

test_private_nodes_pass if {
	count(policy.deny) == 0 with input as doc({"private_cluster_config": [{"enable_private_nodes": true}]})
	count(policy.deny) == 0 with input as doc({"private_cluster_config": [{"enable_private_nodes": "${var.private}"}]})
}
