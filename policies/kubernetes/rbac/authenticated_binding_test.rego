package srm.kubernetes.rbac.authenticated_binding_test

import data.srm.kubernetes.rbac.authenticated_binding

_doc(kind, role, subjects) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/b", [kind]),
	"type": kind,
	"name": "b",
	"values": {
		"kind": kind,
		"metadata": {"name": "b"},
		"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
		"subjects": subjects,
	},
}]}}

test_authenticated_and_all_service_accounts_denied if {
	result := authenticated_binding.deny with input as _doc("ClusterRoleBinding", "view", [
		{"kind": "Group", "name": "platform", "apiGroup": "rbac.authorization.k8s.io"},
		{"kind": "Group", "name": "system:authenticated", "apiGroup": "rbac.authorization.k8s.io"},
		{"kind": "Group", "name": "system:serviceaccounts", "apiGroup": "rbac.authorization.k8s.io"},
	])
	{f.path | some f in result} == {["subjects", 1, "name"], ["subjects", 2, "name"]}
}

test_role_binding_denied if {
	result := authenticated_binding.deny with input as _doc("RoleBinding", "edit", [{"kind": "Group", "name": "system:authenticated"}])
	count(result) == 1
}

test_builtin_named_or_placeholder_allowed if {
	builtin := authenticated_binding.deny with input as _doc("ClusterRoleBinding", "system:discovery", [{"kind": "Group", "name": "system:authenticated"}])
	count(builtin) == 0
	named := authenticated_binding.deny with input as _doc("ClusterRoleBinding", "view", [
		{"kind": "Group", "name": "platform"},
		{"kind": "Group", "name": "system:serviceaccounts:ci"},
		{"kind": "User", "name": "system:authenticated"},
		{"kind": "Group", "name": "${READER_GROUP}"},
	])
	count(named) == 0
}
