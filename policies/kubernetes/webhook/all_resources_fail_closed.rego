# METADATA
# title: Admission webhook intercepts every resource in every namespace and fails closed
# description: >-
#   A webhook whose rules match every API group and resource, with no
#   namespaceSelector or objectSelector, sees every write in the cluster,
#   kube-system included. With failurePolicy Fail (the default), an outage of
#   its backend blocks every create and update: new pods, leases, events, and
#   the webhook's own pods, which can then never come back. Recovering requires
#   deleting the configuration by hand, in the middle of an incident. Exempting
#   kube-system and the webhook's own namespace keeps the cluster able to heal.
#   There is no automatic fix: which namespaces or objects the webhook may skip
#   is the user's choice.
# custom:
#   id: SRM-K8S-WEBHOOK-002
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [ValidatingWebhookConfiguration, MutatingWebhookConfiguration]}
#   remediation: >-
#     Match only the resources the webhook needs and exclude the system and its
#     own namespaces: `namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [kube-system, policy-system]}]}`.
#   frameworks: {nist-800-53: [CP-10, SC-5]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#avoiding-deadlocks-in-self-hosted-webhooks"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#avoiding-operating-on-the-kube-system-namespace"
package srm.kubernetes.webhook.all_resources_fail_closed

import data.srm.lib.kubernetes as k8s

_kinds := ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"]

# Only configurations with a webhook on every resource are judged.
applies contains r.address if {
	some kind in _kinds
	some r in k8s.resources(kind)
	some hook in k8s.list_or_empty(object.get(r.values, "webhooks", []))
	is_object(hook)
	_all_resources(hook)
}

deny contains {"msg": msg, "resource": r.address, "path": ["webhooks", i, "namespaceSelector"]} if {
	some kind in _kinds
	some r in k8s.resources(kind)
	some i, hook in k8s.list_or_empty(object.get(r.values, "webhooks", []))
	is_object(hook)
	_all_resources(hook)
	_fails_closed(hook)
	not _scoped(hook, "namespaceSelector")
	not _scoped(hook, "objectSelector")
	msg := sprintf("%s: webhook %q matches every resource in every namespace (kube-system included) and fails closed, so its outage blocks all writes in the cluster, its own recovery too", [r.address, object.get(hook, "name", "<unnamed>")])
}

# A catch-all webhook whose failure policy is left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["webhooks", i, "failurePolicy"]} if {
	some kind in _kinds
	some r in k8s.resources(kind)
	some i, hook in k8s.list_or_empty(object.get(r.values, "webhooks", []))
	is_object(hook)
	_all_resources(hook)
	not _scoped(hook, "namespaceSelector")
	not _scoped(hook, "objectSelector")
	value := object.get(hook, "failurePolicy", null)
	is_string(value)
	contains(value, "${")
}

# A rule on every API group and every resource.
_all_resources(hook) if {
	some rule in k8s.list_or_empty(object.get(hook, "rules", []))
	is_object(rule)
	"*" in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	some resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource in {"*", "*/*"}
}

_fails_closed(hook) if object.get(hook, "failurePolicy", null) in {null, "Fail"}

# A selector with at least one condition narrows the webhook's scope.
_scoped(hook, field) if {
	selector := object.get(hook, field, null)
	is_object(selector)
	some key in ["matchLabels", "matchExpressions"]
	count(object.get(selector, key, [])) > 0
}
