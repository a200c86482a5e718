# METADATA
# title: RBAC role grants wildcard verbs or resources
# description: >-
#   A "*" in a Role or ClusterRole rule grants every verb or every resource of the
#   API groups it names, including ones added later by new Kubernetes versions or
#   CRDs: a "*" verb includes escalate, bind and impersonate, a "*" resource
#   includes secrets. Whoever is bound to the role gets far more than the task
#   needs, against least privilege.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-001
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     List the exact verbs and resources the subject needs, e.g.
#     `rules: [{apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.3"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/"
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
#   peers: {checkov: [CKV_K8S_49], kics: [rbac_wildcard_in_rule], trivy: [AVD-KSV-0044, AVD-KSV-0045, AVD-KSV-0046]}
package srm.kubernetes.rbac.wildcard

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, field, j]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	some field in ["verbs", "resources"]
	some j, item in k8s.list_or_empty(object.get(rule, field, []))
	item == "*"
	msg := sprintf("%s: rule %d grants all %s (%s contains \"*\") on API groups %s", [r.address, i, field, field, json.marshal(object.get(rule, "apiGroups", []))])
}
