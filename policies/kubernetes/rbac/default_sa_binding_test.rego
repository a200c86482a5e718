package srm.kubernetes.rbac.default_sa_binding_test

import data.srm.kubernetes.rbac.default_sa_binding

_doc(kind, subjects) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/shop/b", [kind]),
	"type": kind,
	"name": "b",
	"namespace": "shop",
	"values": {
		"kind": kind,
		"metadata": {"name": "b", "namespace": "shop"},
		"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "config-reader"},
		"subjects": subjects,
	},
}]}}

test_default_account_denied if {
	result := default_sa_binding.deny with input as _doc("RoleBinding", [
		{"kind": "ServiceAccount", "name": "web", "namespace": "shop"},
		{"kind": "ServiceAccount", "name": "default", "namespace": "jobs"},
		{"kind": "ServiceAccount", "name": "default"},
	])
	{f.path | some f in result} == {["subjects", 1, "name"], ["subjects", 2, "name"]}
	{f.msg | some f in result} == {
		"RoleBinding/shop/b: RoleBinding grants Role \"config-reader\" to the default ServiceAccount of namespace \"jobs\", i.e. to every pod there that names no service account",
		"RoleBinding/shop/b: RoleBinding grants Role \"config-reader\" to the default ServiceAccount of namespace \"shop\", i.e. to every pod there that names no service account",
	}
}

test_dedicated_user_or_placeholder_allowed if {
	result := default_sa_binding.deny with input as _doc("ClusterRoleBinding", [
		{"kind": "ServiceAccount", "name": "web", "namespace": "shop"},
		{"kind": "User", "name": "default"},
		{"kind": "ServiceAccount", "name": "${SERVICE_ACCOUNT}", "namespace": "shop"},
	])
	count(result) == 0
}
