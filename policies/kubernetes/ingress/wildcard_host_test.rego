package srm.kubernetes.ingress.wildcard_host_test

import data.srm.kubernetes.ingress.wildcard_host

_doc(rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Ingress": [{
	"address": "Ingress/apps/shop",
	"type": "Ingress",
	"name": "shop",
	"namespace": "apps",
	"values": {"kind": "Ingress", "metadata": {"name": "shop"}, "spec": {"rules": rules}},
}]}}

test_wildcard_denied if {
	result := wildcard_host.deny with input as _doc([{"host": "shop.example.com"}, {"host": "*.example.com"}])
	{f.path | some f in result} == {["spec", "rules", 1, "host"]}
}

test_bare_star_denied if {
	result := wildcard_host.deny with input as _doc([{"host": "*"}])
	count(result) == 1
}

test_exact_hosts_allowed if {
	result := wildcard_host.deny with input as _doc([{"host": "shop.example.com"}, {"host": "api.example.com"}, {"http": {"paths": []}}])
	count(result) == 0
}
