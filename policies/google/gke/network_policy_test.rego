package srm.google.gke.network_policy_test

import data.srm.google.gke.network_policy as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"network_policy": [{"enabled": false}]})
	{f.path | some f in findings} == {["network_policy", 0, "enabled"]}
}

test_missing_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["network_policy"]}
	count(policy.deny) == 1 with input as doc({"datapath_provider": "LEGACY_DATAPATH"})
}

test_enforced_pass if {
	count(policy.deny) == 0 with input as doc({"network_policy": [{"enabled": true, "provider": "CALICO"}]})
	count(policy.deny) == 0 with input as doc({"datapath_provider": "ADVANCED_DATAPATH"})
	count(policy.deny) == 0 with input as doc({"enable_autopilot": true})
	count(policy.deny) == 0 with input as doc({"network_policy": [{"enabled": "${var.np}"}]})
	count(policy.deny) == 0 with input as doc({"datapath_provider": "${var.datapath}"})
}

test_enabled_but_addon_disabled_is_reported if {
	findings := policy.deny with input as doc({
		"network_policy": [{"enabled": true, "provider": "CALICO"}],
		"addons_config": [{"network_policy_config": [{"disabled": true}]}],
	})
	{f.path | some f in findings} == {["addons_config", 0, "network_policy_config", 0, "disabled"]}
	some f in findings
	contains(f.msg, "network_policy_config.disabled = true")
}

test_enabled_with_addon_enabled_or_unknown_passes if {
	count(policy.deny) == 0 with input as doc({
		"network_policy": [{"enabled": true, "provider": "CALICO"}],
		"addons_config": [{"network_policy_config": [{"disabled": false}]}],
	})
	count(policy.deny) == 0 with input as doc({
		"network_policy": [{"enabled": true, "provider": "CALICO"}],
		"addons_config": [{"network_policy_config": [{"disabled": "${var.np_addon_disabled}"}]}],
	})
	count(policy.deny) == 0 with input as doc({
		"network_policy": [{"enabled": true}],
		"addons_config": [{"http_load_balancing": [{"disabled": true}]}],
	})
	count(policy.deny) == 0 with input as doc({
		"datapath_provider": "ADVANCED_DATAPATH",
		"network_policy": [{"enabled": true}],
		"addons_config": [{"network_policy_config": [{"disabled": true}]}],
	})
}
