package srm.kubernetes.rbac.ephemeral_containers_test

import data.srm.kubernetes.rbac.ephemeral_containers

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/debugger", [kind]),
	"type": kind,
	"name": "debugger",
	"values": {"kind": kind, "metadata": {"name": "debugger"}, "rules": rules},
}]}}

test_patch_ephemeral_containers_denied if {
	result := ephemeral_containers.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["pods", "pods/ephemeralcontainers"], "verbs": ["get", "patch"]},
		{"apiGroups": ["*"], "resources": ["pods/*"], "verbs": ["update"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 1], ["rules", 1, "resources", 0]}
}

test_read_or_placeholder_allowed if {
	result := ephemeral_containers.deny with input as _doc("Role", [
		{"apiGroups": [""], "resources": ["pods", "pods/ephemeralcontainers"], "verbs": ["get", "list", "watch"]},
		{"apiGroups": ["apps"], "resources": ["pods/ephemeralcontainers"], "verbs": ["patch"]},
		{"apiGroups": [""], "resources": ["pods/ephemeralcontainers"], "verbs": ["${DEBUG_VERB}"]},
	])
	count(result) == 0
}
