package srm.kubernetes.rbac.read_secrets_test

import data.srm.kubernetes.rbac.read_secrets

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/reader", [kind]),
	"type": kind,
	"name": "reader",
	"values": {"kind": kind, "metadata": {"name": "reader"}, "rules": rules},
}]}}

test_read_secrets_denied if {
	result := read_secrets.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["get", "list", "watch"]},
	])
	{f.path | some f in result} == {["rules", 1, "resources", 1]}
}

test_role_wildcard_verb_denied if {
	result := read_secrets.deny with input as _doc("Role", [{"apiGroups": ["*"], "resources": ["secrets"], "verbs": ["*"]}])
	count(result) == 1
}

test_write_only_named_and_other_groups_allowed if {
	result := read_secrets.deny with input as _doc("Role", [
		{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "update"]},
		{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["app-db"], "verbs": ["get"]},
		{"apiGroups": ["example.com"], "resources": ["secrets"], "verbs": ["get"]},
	])
	count(result) == 0
}
