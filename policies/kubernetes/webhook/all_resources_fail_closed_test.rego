package srm.kubernetes.webhook.all_resources_fail_closed_test

import data.srm.kubernetes.webhook.all_resources_fail_closed

_doc(kind, webhooks) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/policy", [kind]),
	"type": kind,
	"name": "policy",
	"values": {"apiVersion": "admissionregistration.k8s.io/v1", "kind": kind, "metadata": {"name": "policy"}, "webhooks": webhooks}}],
}}

_all := [{"apiGroups": ["*"], "apiVersions": ["*"], "operations": ["CREATE", "UPDATE"], "resources": ["*"], "scope": "*"}]

test_omitted_selector_and_policy_denied if {
	result := all_resources_fail_closed.deny with input as _doc("ValidatingWebhookConfiguration", [{"name": "validate.example.com", "rules": _all}])
	{f.path | some f in result} == {["webhooks", 0, "namespaceSelector"]}
}

test_empty_selector_explicit_fail_denied if {
	result := all_resources_fail_closed.deny with input as _doc("MutatingWebhookConfiguration", [{
		"name": "mutate.example.com",
		"failurePolicy": "Fail",
		"namespaceSelector": {},
		"rules": [{"apiGroups": ["*"], "apiVersions": ["v1"], "operations": ["*"], "resources": ["*/*"]}],
	}])
	count(result) == 1
}

test_scoped_ignore_or_narrow_allowed if {
	result := all_resources_fail_closed.deny with input as _doc("ValidatingWebhookConfiguration", [
		{"name": "a.example.com", "rules": _all, "namespaceSelector": {"matchExpressions": [{"key": "kubernetes.io/metadata.name", "operator": "NotIn", "values": ["kube-system"]}]}},
		{"name": "b.example.com", "rules": _all, "objectSelector": {"matchLabels": {"policy.example.com/validate": "true"}}},
		{"name": "c.example.com", "rules": _all, "failurePolicy": "Ignore"},
		{"name": "d.example.com", "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["pods"]}]},
		{"name": "e.example.com", "rules": _all, "failurePolicy": "${FAILURE_POLICY}"},
	])
	count(result) == 0
}

test_applies_to_catch_all_webhooks if {
	all := all_resources_fail_closed.applies with input as _doc("ValidatingWebhookConfiguration", [{"name": "a.example.com", "rules": _all, "failurePolicy": "Ignore"}])
	all == {"ValidatingWebhookConfiguration/policy"}
	narrow := all_resources_fail_closed.applies with input as _doc("ValidatingWebhookConfiguration", [{"name": "d.example.com", "rules": [{"apiGroups": [""], "resources": ["pods"]}]}])
	count(narrow) == 0
}

test_substituted_policy_unknown if {
	result := all_resources_fail_closed.unknown with input as _doc("ValidatingWebhookConfiguration", [
		{"name": "a.example.com", "rules": _all, "failurePolicy": "${FAILURE_POLICY}"},
		{"name": "b.example.com", "rules": _all, "failurePolicy": "Fail"},
	])
	result == {{"resource": "ValidatingWebhookConfiguration/policy", "path": ["webhooks", 0, "failurePolicy"]}}
}
