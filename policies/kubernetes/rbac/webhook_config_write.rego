# METADATA
# title: RBAC role can create or change admission webhooks
# description: >-
#   A MutatingWebhookConfiguration or ValidatingWebhookConfiguration sends every
#   matching API request, with the full object (Secrets included), to an endpoint
#   it names, and a mutating webhook can rewrite pods on their way in (add a
#   privileged sidecar, swap an image). Deleting or loosening one switches off
#   the policy engine it belongs to. Whoever can write them can read and alter
#   everything that is created in the cluster.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-014
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Leave webhook configurations to cluster administrators and to the controller
#     that owns them, limited to its own objects with resourceNames:
#     `rules: [{apiGroups: ["admissionregistration.k8s.io"], resources: ["validatingwebhookconfigurations"], resourceNames: ["my-webhook"], verbs: ["get", "update"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.12"], nist-800-53: [AC-6, CM-5]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/"
#   peers: {checkov: [CKV_K8S_155], trivy: [AVD-KSV-0114]}
package srm.kubernetes.rbac.webhook_config_write

import data.srm.lib.kubernetes as k8s

_resources := {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"}

_verbs := {"create", "update", "patch", "delete", "deletecollection", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_in_group(rule)
	count(k8s.list_or_empty(object.get(rule, "resourceNames", []))) == 0
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource in _resources
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d grants %s on %s, so the %s can intercept, rewrite or unblock API requests cluster-wide", [r.address, i, concat(", ", sort(verbs)), resource, kind])
}

_in_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"admissionregistration.k8s.io", "*"}
}
