package srm.kubernetes.rbac.escalation_verbs_test

import data.srm.kubernetes.rbac.escalation_verbs

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/rbac-manager", [kind]),
	"type": kind,
	"name": "rbac-manager",
	"values": {"kind": kind, "metadata": {"name": "rbac-manager"}, "rules": rules},
}]}}

test_escalate_bind_denied if {
	result := escalation_verbs.deny with input as _doc("ClusterRole", [
		{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["get", "escalate", "bind"]},
	])
	{f.path | some f in result} == {["rules", 0, "verbs", 1], ["rules", 0, "verbs", 2]}
}

test_impersonate_denied if {
	result := escalation_verbs.deny with input as _doc("Role", [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["users", "groups", "serviceaccounts"], "verbs": ["impersonate"]},
	])
	{f.path | some f in result} == {["rules", 1, "verbs", 0]}
}

test_ordinary_verbs_allowed if {
	result := escalation_verbs.deny with input as _doc("ClusterRole", [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["rolebindings"], "verbs": ["create", "get", "list", "delete"]}])
	count(result) == 0
}
