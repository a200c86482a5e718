# METADATA
# title: Binding grants a role to a default ServiceAccount
# description: >-
#   Every pod that names no service account runs as its namespace's default
#   ServiceAccount. A role bound to that account is therefore given to all of
#   them, including pods added later by anyone who can create workloads there,
#   and usually with an automounted token. Permissions belong to a dedicated
#   ServiceAccount used only by the workload that needs them.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-012
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [ClusterRoleBinding, RoleBinding]}
#   remediation: >-
#     Create a ServiceAccount for the workload, bind the role to it and set
#     `serviceAccountName` in the pod spec:
#     `subjects: [{kind: ServiceAccount, name: web, namespace: shop}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.5"], nist-800-53: [AC-6, IA-2]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions"
#   peers: {checkov: [CKV_K8S_42]}
package srm.kubernetes.rbac.default_sa_binding

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": ["subjects", k, "name"]} if {
	some kind in ["ClusterRoleBinding", "RoleBinding"]
	some r in k8s.resources(kind)
	some k, subject in k8s.list_or_empty(object.get(r.values, "subjects", []))
	is_object(subject)
	object.get(subject, "kind", "") == "ServiceAccount"
	object.get(subject, "name", "") == "default"
	msg := sprintf("%s: %s grants %s %q to the default ServiceAccount of namespace %q, i.e. to every pod there that names no service account", [r.address, kind, object.get(r.values, ["roleRef", "kind"], "role"), object.get(r.values, ["roleRef", "name"], "?"), _namespace(r, subject)])
}

# The subject's namespace, else the binding's own.
_namespace(_, subject) := subject.namespace if {
	is_string(subject.namespace)
	subject.namespace != ""
}

_namespace(r, subject) := object.get(r.values, ["metadata", "namespace"], "default") if {
	not _has_namespace(subject)
}

_has_namespace(subject) if {
	is_string(subject.namespace)
	subject.namespace != ""
}
