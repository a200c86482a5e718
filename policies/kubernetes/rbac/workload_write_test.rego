package srm.kubernetes.rbac.workload_write_test

import data.srm.kubernetes.rbac.workload_write

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/deployer", [kind]),
	"type": kind,
	"name": "deployer",
	"namespace": "apps",
	"values": {"kind": kind, "metadata": {"name": "deployer", "namespace": "apps"}, "rules": rules},
}]}}

test_create_and_patch_workloads_denied if {
	result := workload_write.deny with input as _doc("Role", [
		{"apiGroups": ["apps"], "resources": ["deployments", "deployments/scale"], "verbs": ["get", "create"]},
		{"apiGroups": ["batch"], "resources": ["jobs", "cronjobs"], "verbs": ["patch"]},
		{"apiGroups": [""], "resources": ["replicationcontrollers"], "verbs": ["update"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 0], ["rules", 1, "resources", 0], ["rules", 1, "resources", 1], ["rules", 2, "resources", 0]}
}

test_wildcard_group_and_verb_denied if {
	result := workload_write.deny with input as _doc("ClusterRole", [{"apiGroups": ["*"], "resources": ["daemonsets"], "verbs": ["*"]}])
	count(result) == 1
}

test_read_only_other_group_or_placeholder_allowed if {
	result := workload_write.deny with input as _doc("ClusterRole", [
		{"apiGroups": ["apps"], "resources": ["deployments", "statefulsets"], "verbs": ["get", "list", "watch"]},
		{"apiGroups": ["argoproj.io"], "resources": ["deployments"], "verbs": ["create"]},
		{"apiGroups": ["apps"], "resources": ["deployments/scale"], "verbs": ["patch"]},
		{"apiGroups": ["apps"], "resources": ["deployments"], "verbs": ["${WRITE_VERB}"]},
	])
	count(result) == 0
}
