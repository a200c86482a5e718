package srm.kubernetes.rbac.token_create_test

import data.srm.kubernetes.rbac.token_create

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/token-issuer", [kind]),
	"type": kind,
	"name": "token-issuer",
	"values": {"kind": kind, "metadata": {"name": "token-issuer"}, "rules": rules},
}]}}

test_token_create_denied if {
	result := token_create.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["serviceaccounts", "serviceaccounts/token"], "verbs": ["get", "create"]},
		{"apiGroups": ["*"], "resources": ["*/token"], "verbs": ["*"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 1], ["rules", 1, "resources", 0]}
}

test_named_read_or_placeholder_allowed if {
	result := token_create.deny with input as _doc("Role", [
		{"apiGroups": [""], "resources": ["serviceaccounts/token"], "resourceNames": ["ci-runner"], "verbs": ["create"]},
		{"apiGroups": [""], "resources": ["serviceaccounts"], "verbs": ["create", "get"]},
		{"apiGroups": [""], "resources": ["serviceaccounts/token"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["serviceaccounts/token"], "verbs": ["${TOKEN_VERB}"]},
	])
	count(result) == 0
}
