package srm.kubernetes.rbac.anonymous_binding_test

import data.srm.kubernetes.rbac.anonymous_binding

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

test_anonymous_subjects_denied if {
	result := anonymous_binding.deny with input as _doc("ClusterRoleBinding", "view", [
		{"kind": "Group", "name": "platform", "apiGroup": "rbac.authorization.k8s.io"},
		{"kind": "User", "name": "system:anonymous", "apiGroup": "rbac.authorization.k8s.io"},
		{"kind": "Group", "name": "system:unauthenticated", "apiGroup": "rbac.authorization.k8s.io"},
	])
	{f.path | some f in result} == {["subjects", 1, "name"], ["subjects", 2, "name"]}
}

test_role_binding_denied if {
	result := anonymous_binding.deny with input as _doc("RoleBinding", "edit", [{"kind": "User", "name": "system:anonymous"}])
	count(result) == 1
}

test_public_info_and_authenticated_allowed if {
	public := anonymous_binding.deny with input as _doc("ClusterRoleBinding", "system:public-info-viewer", [
		{"kind": "Group", "name": "system:authenticated", "apiGroup": "rbac.authorization.k8s.io"},
		{"kind": "Group", "name": "system:unauthenticated", "apiGroup": "rbac.authorization.k8s.io"},
	])
	count(public) == 0
	named := anonymous_binding.deny with input as _doc("ClusterRoleBinding", "view", [{"kind": "Group", "name": "platform"}])
	count(named) == 0
}
