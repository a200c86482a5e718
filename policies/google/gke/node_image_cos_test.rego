package srm.google.gke.node_image_cos_test

import data.srm.google.gke.node_image_cos as policy

res(type, values) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, values)]}}

test_ubuntu_node_pool_is_reported if {
	findings := policy.deny with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"image_type": "UBUNTU_CONTAINERD"}]})
	{f.path | some f in findings} == {["node_config", 0, "image_type"]}
}

test_cluster_blocks_are_reported if {
	findings := policy.deny with input as doc("google_container_cluster", {
		"name": "c",
		"node_config": [{"image_type": "cos"}],
		"node_pool": [{"name": "a", "node_config": [{"image_type": "COS_CONTAINERD"}]}, {"name": "b", "node_config": [{"image_type": "ubuntu"}]}],
		"cluster_autoscaling": [{"enabled": true, "auto_provisioning_defaults": [{"image_type": "UBUNTU_CONTAINERD"}]}],
	})
	{f.path | some f in findings} == {
		["node_config", 0, "image_type"],
		["node_pool", 1, "node_config", 0, "image_type"],
		["cluster_autoscaling", 0, "auto_provisioning_defaults", 0, "image_type"],
	}
}

test_default_cos_and_windows_pass if {
	count(policy.deny) == 0 with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"machine_type": "e2-standard-4"}]})
	count(policy.deny) == 0 with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"image_type": "cos_containerd"}]})
	count(policy.deny) == 0 with input as doc("google_container_node_pool", {"cluster": "c", "node_config": [{"image_type": "WINDOWS_LTSC_CONTAINERD"}]})
	count(policy.deny) == 0 with input as doc("google_container_node_pool", {"cluster": "c"})
}

test_unresolved_is_unknown if {
	input_doc := doc("google_container_node_pool", {"cluster": "c", "node_config": [{"image_type": "${var.image_type}"}]})
	count(policy.deny) == 0 with input as input_doc
	policy.unknown == {{"resource": "google_container_node_pool.r", "path": ["node_config", 0, "image_type"]}} with input as input_doc
}

test_fix_uses_container_optimized_os if {
	pool := policy.deny with input as doc("google_container_node_pool", {"node_config": [{"image_type": "UBUNTU_CONTAINERD"}]})
	{f.fix | some f in pool} == {[{"set": ["node_config", 0, "image_type"], "value": "COS_CONTAINERD"}]}
	inline := policy.deny with input as doc("google_container_cluster", {"node_pool": [{"node_config": [{"image_type": "COS"}]}]})
	{f.fix | some f in inline} == {[{"set": ["node_pool", 0, "node_config", 0, "image_type"], "value": "COS_CONTAINERD"}]}
}
