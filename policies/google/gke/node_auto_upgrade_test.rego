package srm.google.gke.node_auto_upgrade_test

import data.srm.google.gke.node_auto_upgrade as policy

res(type, values) := {
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

pool(values) := {"format": "terraform", "module": ".", "resources": {"google_container_node_pool": [res("google_container_node_pool", object.union({"cluster": "c"}, values))]}}

test_disabled_features_are_reported if {
	findings := policy.deny with input as pool({"management": [{"auto_upgrade": false, "auto_repair": false}]})
	{f.path | some f in findings} == {["management", 0, "auto_upgrade"], ["management", 0, "auto_repair"]}
}

test_inline_node_pool if {
	doc := {"format": "terraform", "resources": {"google_container_cluster": [res("google_container_cluster", {"name": "c", "node_pool": [
		{"name": "a", "management": [{"auto_upgrade": true}]},
		{"name": "b", "management": [{"auto_upgrade": "false"}]},
	]})]}}
	findings := policy.deny with input as doc
	{f.path | some f in findings} == {["node_pool", 1, "management", 0, "auto_upgrade"]}
}

test_defaults_and_enabled_pass if {
	count(policy.deny) == 0 with input as pool({})
	count(policy.deny) == 0 with input as pool({"management": [{"auto_upgrade": true, "auto_repair": true}]})
	count(policy.deny) == 0 with input as pool({"management": [{"auto_upgrade": "${var.upgrade}"}]})
}

test_fix_turns_each_feature_on if {
	findings := policy.deny with input as pool({"management": [{"auto_upgrade": false, "auto_repair": false}]})
	{f.fix | some f in findings} == {
		[{"set": ["management", 0, "auto_upgrade"], "value": true}],
		[{"set": ["management", 0, "auto_repair"], "value": true}],
	}
	doc := {"format": "terraform", "resources": {"google_container_cluster": [res("google_container_cluster", {"name": "c", "node_pool": [
		{"name": "a", "management": [{"auto_upgrade": true}]},
		{"name": "b", "management": [{"auto_upgrade": "false"}]},
	]})]}}
	inline := policy.deny with input as doc
	{f.fix | some f in inline} == {[{"set": ["node_pool", 1, "management", 0, "auto_upgrade"], "value": true}]}
}
