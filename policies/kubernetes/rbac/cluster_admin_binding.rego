# METADATA
# title: Binding grants the cluster-admin role
# description: >-
#   cluster-admin allows every action on every resource; bound by a
#   ClusterRoleBinding it covers the whole cluster, bound by a RoleBinding the
#   whole namespace including its secrets and RBAC. Every subject holding it can
#   take over the workloads it reaches and their credentials. Only the built-in
#   system:masters group needs it; people and service accounts should get
#   narrower roles.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-002
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [ClusterRoleBinding, RoleBinding]}
#   remediation: >-
#     Bind a role that grants only what the subjects need instead, e.g.
#     `roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}`
#     or a dedicated Role.
#   frameworks: {cis-kubernetes-1.9: ["5.1.1"], nist-800-53: [AC-6, AC-2]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
#   peers: {kics: [cluster_admin_role_binding_with_super_user_permissions], trivy: [AVD-KSV-0111]}
package srm.kubernetes.rbac.cluster_admin_binding

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": ["roleRef", "name"]} if {
	some kind in ["ClusterRoleBinding", "RoleBinding"]
	some r in k8s.resources(kind)
	ref := object.get(r.values, "roleRef", {})
	is_object(ref)
	object.get(ref, "kind", "") == "ClusterRole"
	object.get(ref, "name", "") == "cluster-admin"
	subjects := k8s.list_or_empty(object.get(r.values, "subjects", []))
	not _only_system_masters(subjects)
	msg := sprintf("%s: %s grants cluster-admin to %s", [r.address, kind, _describe(subjects)])
}

_only_system_masters(subjects) if {
	every subject in subjects {
		is_object(subject)
		subject.kind == "Group"
		subject.name == "system:masters"
	}
}

_describe(subjects) := concat(", ", [sprintf("%s %q", [object.get(s, "kind", "?"), object.get(s, "name", "?")]) | some s in subjects; is_object(s)])
