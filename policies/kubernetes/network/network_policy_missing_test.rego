package srm.kubernetes.network.network_policy_missing_test

import data.srm.kubernetes.network.network_policy_missing

_deployment(namespace, labels) := {
	"address": sprintf("Deployment/%s/web", [namespace]),
	"type": "Deployment",
	"name": "web",
	"namespace": namespace,
	"values": {"kind": "Deployment", "metadata": {"name": "web", "namespace": namespace}, "spec": {"template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": "app"}]}}}},
}

_policy(namespace, spec) := {
	"address": sprintf("NetworkPolicy/%s/np", [namespace]),
	"type": "NetworkPolicy",
	"name": "np",
	"namespace": namespace,
	"values": {"kind": "NetworkPolicy", "metadata": {"name": "np", "namespace": namespace}, "spec": spec},
}

_doc(deployments, policies) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Deployment": deployments, "NetworkPolicy": policies}}

test_no_policy_denied if {
	result := network_policy_missing.deny with input as _doc([_deployment("apps", {"app": "web"})], [])
	{f.path | some f in result} == {["metadata", "namespace"]}
}

test_other_namespace_egress_only_or_unselected_denied if {
	other_ns := network_policy_missing.deny with input as _doc([_deployment("apps", {"app": "web"})], [_policy("ops", {"podSelector": {}})])
	count(other_ns) == 1
	egress := network_policy_missing.deny with input as _doc([_deployment("apps", {"app": "web"})], [_policy("apps", {"podSelector": {}, "policyTypes": ["Egress"]})])
	count(egress) == 1
	unselected := network_policy_missing.deny with input as _doc([_deployment("apps", {"app": "web"})], [_policy("apps", {"podSelector": {"matchLabels": {"app": "db"}}})])
	count(unselected) == 1
}

test_selected_allowed if {
	deny_all := network_policy_missing.deny with input as _doc([_deployment("apps", {"app": "web"})], [_policy("apps", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})])
	count(deny_all) == 0
	labels := network_policy_missing.deny with input as _doc([_deployment("apps", {"app": "web", "tier": "front"})], [_policy("apps", {"podSelector": {"matchLabels": {"app": "web"}, "matchExpressions": [{"key": "tier", "operator": "In", "values": ["front", "edge"]}, {"key": "legacy", "operator": "DoesNotExist"}]}, "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "lb"}}}]}]})])
	count(labels) == 0
}

test_selector_found_through_any_of_its_labels if {
	# Two policies share tier: web; each also names its own app: the one for this app isolates it.
	mine := _policy("apps", {"podSelector": {"matchLabels": {"tier": "web", "app": "web"}}})
	theirs := _policy("apps", {"podSelector": {"matchLabels": {"tier": "web", "app": "api"}}})
	count(network_policy_missing.deny) == 0 with input as _doc([_deployment("apps", {"app": "web", "tier": "web"})], [theirs, mine])
	count(network_policy_missing.deny) == 1 with input as _doc([_deployment("apps", {"app": "web", "tier": "web"})], [theirs])
	count(network_policy_missing.deny) == 1 with input as _doc([_deployment("apps", {"app": "web"})], [mine])
	count(network_policy_missing.deny) == 1 with input as _doc([_deployment("ops", {"app": "web", "tier": "web"})], [mine])
}

test_selectors_without_match_labels_are_tried_on_every_pod if {
	expression := _policy("apps", {"podSelector": {"matchLabels": {}, "matchExpressions": [{"key": "app", "operator": "Exists"}]}})
	count(network_policy_missing.deny) == 0 with input as _doc([_deployment("apps", {"app": "web"})], [expression])
	count(network_policy_missing.deny) == 1 with input as _doc([_deployment("apps", {"tier": "web"})], [expression])
	count(network_policy_missing.deny) == 0 with input as _doc([_deployment("apps", {})], [_policy("apps", {"podSelector": null})])
}
