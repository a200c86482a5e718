package srm.kubernetes.webhook.failure_policy_ignore_test

import data.srm.kubernetes.webhook.failure_policy_ignore

_doc(kind, webhooks) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/policy", [kind]),
	"type": kind,
	"name": "policy",
	"values": {"apiVersion": "admissionregistration.k8s.io/v1", "kind": kind, "metadata": {"name": "policy"}, "webhooks": webhooks}}],
}}

test_ignore_denied if {
	result := failure_policy_ignore.deny with input as _doc("ValidatingWebhookConfiguration", [
		{"name": "validate.policy.example.com", "failurePolicy": "Fail"},
		{"name": "check.policy.example.com", "failurePolicy": "Ignore"},
	])
	{f.path | some f in result} == {["webhooks", 1, "failurePolicy"]}
}

test_mutating_ignore_denied if {
	result := failure_policy_ignore.deny with input as _doc("MutatingWebhookConfiguration", [{"name": "inject.example.com", "failurePolicy": "Ignore"}])
	count(result) == 1
}

test_fail_omitted_or_placeholder_allowed if {
	result := failure_policy_ignore.deny with input as _doc("ValidatingWebhookConfiguration", [
		{"name": "a.example.com", "failurePolicy": "Fail"},
		{"name": "b.example.com"},
		{"name": "c.example.com", "failurePolicy": "${FAILURE_POLICY}"},
	])
	count(result) == 0
}

test_substituted_policy_unknown if {
	result := failure_policy_ignore.unknown with input as _doc("ValidatingWebhookConfiguration", [
		{"name": "a.example.com", "failurePolicy": "Fail"},
		{"name": "c.example.com", "failurePolicy": "${FAILURE_POLICY}"},
	])
	result == {{"resource": "ValidatingWebhookConfiguration/policy", "path": ["webhooks", 1, "failurePolicy"]}}
}

test_fix_sets_fail_on_the_named_webhook if {
	result := failure_policy_ignore.deny with input as _doc("ValidatingWebhookConfiguration", [
		{"name": "validate.policy.example.com", "failurePolicy": "Fail"},
		{"name": "check.policy.example.com", "failurePolicy": "Ignore"},
	])
	{f.fix | some f in result} == {[{"set": ["webhooks", 1, "failurePolicy"], "value": "Fail"}]}
}
