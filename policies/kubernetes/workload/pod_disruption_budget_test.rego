package srm.kubernetes.workload.pod_disruption_budget_test

import data.srm.kubernetes.workload.pod_disruption_budget

_deployment(name, replicas, labels) := {
	"address": sprintf("Deployment/shop/%s", [name]),
	"type": "Deployment",
	"name": name,
	"namespace": "shop",
	"values": {"kind": "Deployment", "metadata": {"name": name, "namespace": "shop"}, "spec": {
		"replicas": replicas,
		"selector": {"matchLabels": labels},
		"template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": "app"}]}},
	}},
}

_pdb(namespace, selector) := {
	"address": sprintf("PodDisruptionBudget/%s/pdb", [namespace]),
	"type": "PodDisruptionBudget",
	"name": "pdb",
	"namespace": namespace,
	"values": {"kind": "PodDisruptionBudget", "metadata": {"name": "pdb", "namespace": namespace}, "spec": {"maxUnavailable": 1, "selector": selector}},
}

_doc(deployments, pdbs) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Deployment": deployments, "PodDisruptionBudget": pdbs}}

test_replicated_without_budget_denied if {
	result := pod_disruption_budget.deny with input as _doc([_deployment("web", 3, {"app": "web"})], [])
	{f.path | some f in result} == {["spec", "replicas"]}
}

test_budget_for_other_pods_or_namespace_denied if {
	result := pod_disruption_budget.deny with input as _doc([_deployment("web", 3, {"app": "web"})], [
		_pdb("shop", {"matchLabels": {"app": "api"}}),
		_pdb("other", {"matchLabels": {"app": "web"}}),
	])
	count(result) == 1
}

test_selected_single_or_unset_allowed if {
	matched := pod_disruption_budget.deny with input as _doc([_deployment("web", 3, {"app": "web", "tier": "front"})], [_pdb("shop", {"matchLabels": {"app": "web"}})])
	count(matched) == 0
	expressions := pod_disruption_budget.deny with input as _doc([_deployment("web", 2, {"app": "web"})], [_pdb("shop", {"matchExpressions": [{"key": "app", "operator": "In", "values": ["web", "api"]}]})])
	count(expressions) == 0
	everything := pod_disruption_budget.deny with input as _doc([_deployment("web", 2, {"app": "web"})], [_pdb("shop", {})])
	count(everything) == 0
	single := pod_disruption_budget.deny with input as _doc([_deployment("web", 1, {"app": "web"})], [])
	count(single) == 0
	unset := pod_disruption_budget.deny with input as {"format": "kubernetes", "file": "x.yaml", "resources": {"Deployment": [{
		"address": "Deployment/shop/web", "type": "Deployment", "name": "web", "namespace": "shop",
		"values": {"kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"spec": {"containers": [{"name": "app"}]}}}},
	}]}}
	count(unset) == 0
}

test_substituted_replicas_unknown if {
	doc := _doc([_deployment("web", "${REPLICAS}", {"app": "web"})], [])
	result := pod_disruption_budget.deny with input as doc
	count(result) == 0
	unknown := pod_disruption_budget.unknown with input as doc
	unknown == {{"resource": "Deployment/shop/web", "path": ["spec", "replicas"]}}
}

test_applies_to_replicated_only if {
	result := pod_disruption_budget.applies with input as _doc([_deployment("web", 3, {"app": "web"}), _deployment("cron", 1, {"app": "cron"})], [])
	result == {"Deployment/shop/web"}
}
