package srm.kubernetes.rbac.pod_exec_test

import data.srm.kubernetes.rbac.pod_exec

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/deployer", [kind]),
	"type": kind,
	"name": "deployer",
	"namespace": "apps",
	"values": {"kind": kind, "metadata": {"name": "deployer", "namespace": "apps"}, "rules": rules},
}]}}

test_create_pods_and_exec_denied if {
	result := pod_exec.deny with input as _doc("Role", [
		{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "create"]},
		{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 0], ["rules", 1, "resources", 0]}
}

test_attach_wildcard_verbs_denied if {
	result := pod_exec.deny with input as _doc("ClusterRole", [{"apiGroups": ["*"], "resources": ["pods/attach", "pods/*"], "verbs": ["*"]}])
	count(result) == 2
}

test_read_only_allowed if {
	result := pod_exec.deny with input as _doc("Role", [
		{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]},
		{"apiGroups": ["metrics.k8s.io"], "resources": ["pods"], "verbs": ["create"]},
	])
	count(result) == 0
}
