# METADATA
# title: RBAC role can create service account tokens
# description: >-
#   create on serviceaccounts/token (the TokenRequest API) issues a fresh token
#   for any service account in scope, with an audience and lifetime the caller
#   chooses. The holder can act as every service account there, including the
#   controllers of kube-system when the role is bound cluster-wide, without ever
#   reading a Secret or running a pod. Rules limited to named service accounts
#   with resourceNames are not reported.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-010
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Let pods get tokens through projected volumes instead, and limit any token
#     issuer to the accounts it serves:
#     `rules: [{apiGroups: [""], resources: ["serviceaccounts/token"], resourceNames: ["ci-runner"], verbs: ["create"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.13"], nist-800-53: [AC-6, IA-5]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request"
#     - "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/"
package srm.kubernetes.rbac.token_create

import data.srm.lib.kubernetes as k8s

_resources := {"serviceaccounts/token", "serviceaccounts/*", "*/token"}

_verbs := {"create", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_core_group(rule)
	count(k8s.list_or_empty(object.get(rule, "resourceNames", []))) == 0
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource in _resources
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d grants %s on %s, so the %s can issue tokens for every service account in its scope and act as them", [r.address, i, concat(", ", sort(verbs)), resource, kind])
}

_core_group(rule) if count(k8s.list_or_empty(object.get(rule, "apiGroups", []))) == 0

_core_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"", "*"}
}
