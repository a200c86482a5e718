# METADATA
# title: RBAC role grants escalate, bind or impersonate
# description: >-
#   These verbs bypass RBAC's own escalation guard. escalate on roles lets the
#   holder write rules it does not hold itself, bind on roles lets it bind any
#   role (up to cluster-admin) to itself or others, and impersonate on users,
#   groups or service accounts lets it act as them, including system:masters.
#   Whoever holds one of them can become cluster administrator.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-004
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Remove the verb; grant role and binding management only to cluster
#     administrators and let controllers bind named roles with `resourceNames`:
#     `rules: [{apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings"], verbs: ["create", "get", "list"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.8"], nist-800-53: [AC-6, AC-2]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation"
#   peers: {checkov: [CKV_K8S_157, CKV_K8S_158], kics: [rbac_roles_allow_privilege_escalation, rbac_roles_with_impersonate_permission], trivy: [AVD-KSV-0043, AVD-KSV-0050]}
package srm.kubernetes.rbac.escalation_verbs

import data.srm.lib.kubernetes as k8s

_effects := {
	"escalate": "create or update roles with permissions it does not hold",
	"bind": "bind roles it does not hold, up to cluster-admin",
	"impersonate": "act as other users, groups or service accounts",
}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "verbs", j]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	some j, verb in k8s.list_or_empty(object.get(rule, "verbs", []))
	is_string(verb)
	effect := _effects[lower(verb)]
	msg := sprintf("%s: rule %d grants %q on %s, which lets the holder %s", [r.address, i, verb, json.marshal(object.get(rule, "resources", [])), effect])
}
