# METADATA
# title: RBAC role can read Secrets
# description: >-
#   get, list or watch on secrets returns the decoded values of every Secret in
#   scope: database passwords, API keys, TLS private keys and service-account
#   tokens that let the holder act as other workloads. A ClusterRole grants this
#   in every namespace once bound cluster-wide; list and watch return all Secrets
#   at once. Rules restricted to named Secrets with resourceNames are not reported.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-003
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Grant access only to the Secrets the subject needs, or mount them into the
#     pod instead of reading them through the API:
#     `rules: [{apiGroups: [""], resources: ["secrets"], resourceNames: ["app-db"], verbs: ["get"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.2"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
#   peers: {kics: [rbac_roles_with_read_secrets_permissions], trivy: [AVD-KSV-0041, AVD-KSV-0113]}
package srm.kubernetes.rbac.read_secrets

import data.srm.lib.kubernetes as k8s

_read_verbs := {"get", "list", "watch", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_core_group(rule)
	count(k8s.list_or_empty(object.get(rule, "resourceNames", []))) == 0
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource == "secrets"
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _read_verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d lets the %s read every Secret in its scope (verbs %s on secrets)", [r.address, i, kind, concat(", ", sort(verbs))])
}

# Secrets are in the core group: "" or "*" (or no group list at all).
_core_group(rule) if {
	groups := k8s.list_or_empty(object.get(rule, "apiGroups", []))
	count(groups) == 0
}

_core_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"", "*"}
}
