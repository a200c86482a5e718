package srm.kubernetes.network.service_exposure_test

import data.srm.kubernetes.network.service_exposure

_service(metadata, spec) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Service": [{
	"address": "Service/default/web",
	"type": "Service",
	"name": "web",
	"namespace": "default",
	"values": {"apiVersion": "v1", "kind": "Service", "metadata": object.union({"name": "web", "namespace": "default"}, metadata), "spec": spec},
}]}}

test_node_port_denied if {
	result := service_exposure.deny with input as _service({}, {"type": "NodePort", "ports": [{"port": 80}]})
	{f.path | some f in result} == {["spec", "type"]}
}

test_open_load_balancer_denied if {
	result := service_exposure.deny with input as _service({}, {"type": "LoadBalancer", "ports": [{"port": 443}]})
	{f.path | some f in result} == {["spec", "type"]}
	open_range := service_exposure.deny with input as _service({}, {"type": "LoadBalancer", "loadBalancerSourceRanges": ["10.0.0.0/8", "0.0.0.0/0"]})
	{f.path | some f in open_range} == {["spec", "loadBalancerSourceRanges", 1]}
}

test_restricted_and_internal_allowed if {
	cluster_ip := service_exposure.deny with input as _service({}, {"type": "ClusterIP"})
	count(cluster_ip) == 0
	ranges := service_exposure.deny with input as _service({}, {"type": "LoadBalancer", "loadBalancerSourceRanges": ["203.0.113.0/24"]})
	count(ranges) == 0
	internal := service_exposure.deny with input as _service({"annotations": {"service.beta.kubernetes.io/azure-load-balancer-internal": "true"}}, {"type": "LoadBalancer"})
	count(internal) == 0
}
