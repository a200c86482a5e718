package srm.kubernetes.rbac.wildcard_test

import data.srm.kubernetes.rbac.wildcard

_doc(kind, address, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": address,
	"type": kind,
	"name": values.metadata.name,
	"values": values,
}]}}

test_wildcards_denied if {
	result := wildcard.deny with input as _doc("ClusterRole", "ClusterRole/admin", {"kind": "ClusterRole", "metadata": {"name": "admin"}, "rules": [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": ["apps"], "resources": ["deployments", "*"], "verbs": ["*"]},
	]})
	{f.path | some f in result} == {["rules", 1, "resources", 1], ["rules", 1, "verbs", 0]}
}

test_role_wildcard_verb_denied if {
	result := wildcard.deny with input as _doc("Role", "Role/apps/ci", {"kind": "Role", "metadata": {"name": "ci", "namespace": "apps"}, "rules": [{"apiGroups": ["*"], "resources": ["configmaps"], "verbs": ["*"]}]})
	count(result) == 1
	some finding in result
	finding.resource == "Role/apps/ci"
}

test_explicit_rules_allowed if {
	result := wildcard.deny with input as _doc("ClusterRole", "ClusterRole/reader", {"kind": "ClusterRole", "metadata": {"name": "reader"}, "rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]}]})
	count(result) == 0
}
