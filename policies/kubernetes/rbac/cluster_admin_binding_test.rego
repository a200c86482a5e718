package srm.kubernetes.rbac.cluster_admin_binding_test

import data.srm.kubernetes.rbac.cluster_admin_binding

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/%s", [kind, values.metadata.name]),
	"type": kind,
	"name": values.metadata.name,
	"values": values,
}]}}

_binding(kind, role_kind, role, subjects) := _doc(kind, {
	"kind": kind,
	"metadata": {"name": "b"},
	"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role},
	"subjects": subjects,
})

_user := {"kind": "User", "name": "alice@example.com", "apiGroup": "rbac.authorization.k8s.io"}

_masters := {"kind": "Group", "name": "system:masters", "apiGroup": "rbac.authorization.k8s.io"}

test_cluster_admin_to_user_denied if {
	result := cluster_admin_binding.deny with input as _binding("ClusterRoleBinding", "ClusterRole", "cluster-admin", [_user])
	{f.path | some f in result} == {["roleRef", "name"]}
}

test_role_binding_and_mixed_subjects_denied if {
	rb := cluster_admin_binding.deny with input as _binding("RoleBinding", "ClusterRole", "cluster-admin", [{"kind": "ServiceAccount", "name": "ci", "namespace": "apps"}])
	count(rb) == 1
	mixed := cluster_admin_binding.deny with input as _binding("ClusterRoleBinding", "ClusterRole", "cluster-admin", [_masters, _user])
	count(mixed) == 1
}

test_system_masters_and_other_roles_allowed if {
	masters := cluster_admin_binding.deny with input as _binding("ClusterRoleBinding", "ClusterRole", "cluster-admin", [_masters])
	count(masters) == 0
	view := cluster_admin_binding.deny with input as _binding("ClusterRoleBinding", "ClusterRole", "view", [_user])
	count(view) == 0
}
