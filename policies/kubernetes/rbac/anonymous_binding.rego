# METADATA
# title: Binding grants a role to anonymous or unauthenticated users
# description: >-
#   The API server maps requests without credentials to the user system:anonymous
#   in the group system:unauthenticated (unless anonymous authentication is turned
#   off). A RoleBinding or ClusterRoleBinding to either subject gives the role to
#   anyone who can reach the API endpoint, with no identity to audit or revoke.
#   Only the built-in binding of system:public-info-viewer (version and health
#   endpoints) is expected and not reported.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-006
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [ClusterRoleBinding, RoleBinding]}
#   remediation: >-
#     Bind the role to authenticated identities only, e.g.
#     `subjects: [{kind: Group, name: platform-readers, apiGroup: rbac.authorization.k8s.io}]`,
#     and disable anonymous authentication on the API server (`--anonymous-auth=false`).
#   frameworks: {nist-800-53: [AC-14, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings"
#   peers: {trivy: [AVD-KSV-0122]}
package srm.kubernetes.rbac.anonymous_binding

import data.srm.lib.kubernetes as k8s

_anonymous := {"system:anonymous", "system:unauthenticated"}

deny contains {"msg": msg, "resource": r.address, "path": ["subjects", k, "name"]} if {
	some kind in ["ClusterRoleBinding", "RoleBinding"]
	some r in k8s.resources(kind)
	not _public_info(r)
	some k, subject in k8s.list_or_empty(object.get(r.values, "subjects", []))
	is_object(subject)
	name := object.get(subject, "name", "")
	name in _anonymous
	msg := sprintf("%s: %s grants %s %q to %s %q, i.e. to requests without credentials", [r.address, kind, object.get(r.values, ["roleRef", "kind"], "role"), object.get(r.values, ["roleRef", "name"], "?"), object.get(subject, "kind", "subject"), name])
}

# The default binding of the discovery-only ClusterRole system:public-info-viewer.
_public_info(r) if {
	object.get(r.values, ["roleRef", "kind"], "") == "ClusterRole"
	object.get(r.values, ["roleRef", "name"], "") == "system:public-info-viewer"
}
