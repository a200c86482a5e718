package srm.kubernetes.network.network_policy_allow_all_test

import data.srm.kubernetes.network.network_policy_allow_all

_doc(spec) := {"format": "kubernetes", "file": "x.yaml", "resources": {"NetworkPolicy": [{
	"address": "NetworkPolicy/apps/np",
	"type": "NetworkPolicy",
	"name": "np",
	"namespace": "apps",
	"values": {"kind": "NetworkPolicy", "metadata": {"name": "np", "namespace": "apps"}, "spec": spec},
}]}}

test_empty_rule_denied if {
	result := network_policy_allow_all.deny with input as _doc({"podSelector": {}, "ingress": [{}]})
	{f.path | some f in result} == {["spec", "ingress", 0]}
	some f in result
	contains(f.msg, "every pod in the namespace")
}

test_any_address_denied if {
	result := network_policy_allow_all.deny with input as _doc({"podSelector": {"matchLabels": {"app": "web"}}, "ingress": [
		{"from": [{"podSelector": {"matchLabels": {"app": "lb"}}}], "ports": [{"port": 8080}]},
		{"from": [{"ipBlock": {"cidr": "0.0.0.0/0"}}]},
	]})
	{f.path | some f in result} == {["spec", "ingress", 1, "from", 0, "ipBlock", "cidr"]}
}

test_restricted_rules_allowed if {
	result := network_policy_allow_all.deny with input as _doc({"podSelector": {"matchLabels": {"app": "web"}}, "policyTypes": ["Ingress"], "ingress": [
		{"ports": [{"protocol": "TCP", "port": 443}]},
		{"from": [{"ipBlock": {"cidr": "0.0.0.0/0"}}], "ports": [{"port": 443}]},
		{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress"}}}]},
	]})
	count(result) == 0
	deny_all := network_policy_allow_all.deny with input as _doc({"podSelector": {}, "policyTypes": ["Ingress"]})
	count(deny_all) == 0
}
