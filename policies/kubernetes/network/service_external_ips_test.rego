package srm.kubernetes.network.service_external_ips_test

import data.srm.kubernetes.network.service_external_ips

_service(spec) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Service": [{
	"address": "Service/shop/web",
	"type": "Service",
	"name": "web",
	"namespace": "shop",
	"values": {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": spec},
}]}}

test_external_ips_denied if {
	result := service_external_ips.deny with input as _service({"type": "ClusterIP", "ports": [{"port": 443}], "externalIPs": ["203.0.113.10", "10.0.0.5"]})
	{f.path | some f in result} == {["spec", "externalIPs"]}
	some f in result
	contains(f.msg, "203.0.113.10, 10.0.0.5")
}

test_omitted_or_empty_allowed if {
	omitted := service_external_ips.deny with input as _service({"type": "ClusterIP", "ports": [{"port": 443}]})
	count(omitted) == 0
	empty := service_external_ips.deny with input as _service({"type": "LoadBalancer", "externalIPs": []})
	count(empty) == 0
}

test_placeholder_still_claims_an_address if {
	# A substituted value is still an address written into externalIPs.
	result := service_external_ips.deny with input as _service({"externalIPs": ["${INGRESS_VIP}"]})
	count(result) == 1
}

test_fix_removes_external_ips if {
	result := service_external_ips.deny with input as _service({"externalIPs": ["203.0.113.10"]})
	{f.fix | some f in result} == {[{"remove": ["spec", "externalIPs"]}]}
}
