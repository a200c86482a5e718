package srm.kubernetes.rbac.nodes_proxy_test

import data.srm.kubernetes.rbac.nodes_proxy

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/monitoring", [kind]),
	"type": kind,
	"name": "monitoring",
	"values": {"kind": kind, "metadata": {"name": "monitoring"}, "rules": rules},
}]}}

test_get_and_create_on_nodes_proxy_denied if {
	result := nodes_proxy.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["nodes", "nodes/proxy"], "verbs": ["get", "list"]},
		{"apiGroups": ["*"], "resources": ["nodes/*"], "verbs": ["create"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 1], ["rules", 1, "resources", 0]}
}

test_subresource_wildcard_denied if {
	result := nodes_proxy.deny with input as _doc("Role", [{"apiGroups": [""], "resources": ["*/proxy"], "verbs": ["*"]}])
	count(result) == 1
}

test_metrics_list_or_placeholder_allowed if {
	result := nodes_proxy.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["nodes", "nodes/metrics", "nodes/stats"], "verbs": ["get", "list", "watch"]},
		{"apiGroups": [""], "resources": ["nodes/proxy"], "verbs": ["list", "watch"]},
		{"apiGroups": ["metrics.k8s.io"], "resources": ["nodes/proxy"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["nodes/proxy"], "verbs": ["${PROXY_VERB}"]},
	])
	count(result) == 0
}
