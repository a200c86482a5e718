# METADATA
# title: Binding grants a role to every authenticated user or service account
# description: >-
#   The group system:authenticated holds every request that passes
#   authentication: every user of every configured identity provider, every
#   service account of every namespace, every node. On GKE it includes any Google
#   account, from any organisation. system:serviceaccounts holds every service
#   account of the cluster, so one compromised pod gets the role. Only the
#   built-in discovery bindings (system:basic-user, system:discovery,
#   system:public-info-viewer, system:service-account-issuer-discovery) are
#   expected and not reported.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-011
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [ClusterRoleBinding, RoleBinding]}
#   remediation: >-
#     Bind the role to the group or service accounts that need it, e.g.
#     `subjects: [{kind: Group, name: platform-readers, apiGroup: rbac.authorization.k8s.io}]`.
#   frameworks: {nist-800-53: [AC-6, AC-2]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#users-in-kubernetes"
#     - "https://cloud.google.com/kubernetes-engine/docs/best-practices/rbac"
#   peers: {trivy: [AVD-KSV-01011]}
package srm.kubernetes.rbac.authenticated_binding

import data.srm.lib.kubernetes as k8s

_groups := {
	"system:authenticated": "every authenticated user, service account and node",
	"system:serviceaccounts": "every service account of every namespace",
}

# The ClusterRoles that Kubernetes itself binds to these groups (discovery only).
_builtin_roles := {"system:basic-user", "system:discovery", "system:public-info-viewer", "system:service-account-issuer-discovery"}

deny contains {"msg": msg, "resource": r.address, "path": ["subjects", k, "name"]} if {
	some kind in ["ClusterRoleBinding", "RoleBinding"]
	some r in k8s.resources(kind)
	not _builtin(r)
	some k, subject in k8s.list_or_empty(object.get(r.values, "subjects", []))
	is_object(subject)
	object.get(subject, "kind", "") == "Group"
	who := _groups[object.get(subject, "name", "")]
	msg := sprintf("%s: %s grants %s %q to group %q, i.e. to %s", [r.address, kind, object.get(r.values, ["roleRef", "kind"], "role"), object.get(r.values, ["roleRef", "name"], "?"), subject.name, who])
}

_builtin(r) if {
	object.get(r.values, ["roleRef", "kind"], "") == "ClusterRole"
	object.get(r.values, ["roleRef", "name"], "") in _builtin_roles
}
