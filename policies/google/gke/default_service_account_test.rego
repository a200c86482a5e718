package srm.google.gke.default_service_account_test

import data.srm.google.gke.default_service_account as policy

res(type, values, references) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, values, {})]}}

sa := "gke-nodes@acme-prod.iam.gserviceaccount.com"

test_node_pool_without_account_is_reported if {
	findings := policy.deny with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"machine_type": "e2-standard-4"}]})
	{f.path | some f in findings} == {["node_config", 0, "service_account"]}
	findings2 := policy.deny with input as doc("google_container_node_pool", {"cluster": "c"})
	{f.path | some f in findings2} == {["node_config"]}
}

test_default_account_is_reported if {
	count(policy.deny) == 1 with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"service_account": "default"}]})
	count(policy.deny) == 1 with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"service_account": "123456789012-compute@developer.gserviceaccount.com"}]})
	refs := {"node_config.0.service_account": ["data.google_compute_default_service_account.default"]}
	pool := res("google_container_node_pool", {"cluster": "c", "node_config": [{"service_account": "${data.google_compute_default_service_account.default.email}"}]}, refs)
	count(policy.deny) == 1 with input as {"format": "terraform", "resources": {"google_container_node_pool": [pool]}}
}

test_cluster_default_pool_and_inline_pools if {
	findings := policy.deny with input as doc("google_container_cluster", {"name": "c"})
	{f.path | some f in findings} == {["node_config"]}
	count(policy.deny) == 0 with input as doc("google_container_cluster", {"name": "c", "remove_default_node_pool": true, "initial_node_count": 1})
	findings2 := policy.deny with input as doc("google_container_cluster", {"name": "c", "node_pool": [{"name": "a", "node_config": [{"service_account": sa}]}, {"name": "b", "node_config": [{"machine_type": "e2-small"}]}]})
	{f.path | some f in findings2} == {["node_pool", 1, "node_config", 0, "service_account"]}
}

test_autopilot_and_auto_provisioning if {
	findings := policy.deny with input as doc("google_container_cluster", {"name": "c", "enable_autopilot": true})
	{f.path | some f in findings} == {["cluster_autoscaling", 0, "auto_provisioning_defaults", 0, "service_account"]}
	count(policy.deny) == 0 with input as doc("google_container_cluster", {"name": "c", "enable_autopilot": true, "cluster_autoscaling": [{"auto_provisioning_defaults": [{"service_account": sa}]}]})
	nap := {"name": "c", "remove_default_node_pool": true, "cluster_autoscaling": [{"enabled": true}]}
	findings2 := policy.deny with input as doc("google_container_cluster", nap)
	{f.path | some f in findings2} == {["cluster_autoscaling", 0, "auto_provisioning_defaults", 0, "service_account"]}
}

test_dedicated_or_unresolved_account_passes if {
	count(policy.deny) == 0 with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"service_account": sa}]})
	unresolved := doc("google_container_node_pool", {"cluster": "c", "node_config": [{"service_account": "${var.node_sa}"}]})
	count(policy.deny) == 0 with input as unresolved
	policy.unknown == {{"resource": "google_container_node_pool.r", "path": ["node_config", 0, "service_account"]}} with input as unresolved
}
