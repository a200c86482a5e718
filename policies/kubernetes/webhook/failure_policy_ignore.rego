# METADATA
# title: Admission webhook fails open (failurePolicy Ignore)
# description: >-
#   With failurePolicy Ignore the API server admits a request unchecked whenever
#   the webhook cannot be reached, times out or errors. Policy engines
#   (Gatekeeper, Kyverno), image-signature verifiers and sidecar injectors are
#   then silently skipped: an attacker who can slow or crash the webhook's pods,
#   or a plain outage, lets through exactly the workloads the webhook exists to
#   refuse, and nothing records that the check did not run. The v1 API default
#   is Fail, so only an explicit Ignore is reported.
# custom:
#   id: SRM-K8S-WEBHOOK-001
#   severity: medium
#   areas: [compliance, guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [ValidatingWebhookConfiguration, MutatingWebhookConfiguration]}
#   remediation: >-
#     Fail closed for webhooks that enforce security, run them highly available
#     and keep kube-system out of their scope so the cluster can recover:
#     `webhooks: [{name: validate.example.com, failurePolicy: Fail, namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [kube-system]}]}}]`.
#   frameworks: {nist-800-53: [CM-7, SI-17, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/#failure-policy"
#     - "https://kubernetes.io/docs/concepts/cluster-administration/admission-webhooks-good-practices/"
#   fix: {safety: unsafe, change: "Sets `failurePolicy: Fail` on the webhook; while the webhook is unreachable, slow or failing, every request it matches is rejected, which can block deployments and, for a broad webhook, the cluster's own recovery."}
package srm.kubernetes.webhook.failure_policy_ignore

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": r.address, "path": ["webhooks", i, "failurePolicy"],
	"fix": [{"set": ["webhooks", i, "failurePolicy"], "value": "Fail"}],
} if {
	some kind in ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"]
	some r in k8s.resources(kind)
	some i, hook in k8s.list_or_empty(object.get(r.values, "webhooks", []))
	is_object(hook)
	object.get(hook, "failurePolicy", null) == "Ignore"
	msg := sprintf("%s: webhook %q has failurePolicy Ignore, so requests are admitted unchecked whenever it is unreachable, slow or failing", [r.address, object.get(hook, "name", "<unnamed>")])
}

# A policy left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["webhooks", i, "failurePolicy"]} if {
	some kind in ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"]
	some r in k8s.resources(kind)
	some i, hook in k8s.list_or_empty(object.get(r.values, "webhooks", []))
	is_object(hook)
	value := object.get(hook, "failurePolicy", null)
	is_string(value)
	contains(value, "${")
}
