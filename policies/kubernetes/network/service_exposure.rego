# METADATA
# title: Service is exposed outside the cluster without source restriction
# description: >-
#   A NodePort Service opens its port on every node of the cluster, bypassing
#   ingress controllers and their authentication; a LoadBalancer Service without
#   loadBalancerSourceRanges asks the cloud provider for a load balancer reachable
#   from the whole internet. Either exposes the workload to anyone who can reach
#   the nodes or the load balancer address, not only to the clients it is meant
#   for.
#   There is no automatic fix: whether to publish through an Ingress or which
#   client ranges to allow is the user's choice.
# custom:
#   id: SRM-K8S-SVC-001
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Service]}
#   remediation: >-
#     Use a ClusterIP Service behind an Ingress or Gateway, or restrict the load
#     balancer to known client ranges:
#     `spec: {type: LoadBalancer, loadBalancerSourceRanges: ["203.0.113.0/24"]}`.
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types"
#     - "https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/"
#   peers: {kics: [service_type_is_nodeport, service_with_external_load_balancer]}
package srm.kubernetes.network.service_exposure

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": ["spec", "type"]} if {
	some r in k8s.resources("Service")
	object.get(r.values, ["spec", "type"], "") == "NodePort"
	msg := sprintf("%s: the Service is of type NodePort, which opens its port on every node", [r.address])
}

deny contains {"msg": msg, "resource": r.address, "path": ["spec", "type"]} if {
	some r in k8s.resources("Service")
	object.get(r.values, ["spec", "type"], "") == "LoadBalancer"
	not _internal(r)
	not _restricted(r)
	msg := sprintf("%s: the Service is of type LoadBalancer without loadBalancerSourceRanges, so it is reachable from any address", [r.address])
}

# A source range that allows every address.
deny contains {"msg": msg, "resource": r.address, "path": ["spec", "loadBalancerSourceRanges", i]} if {
	some r in k8s.resources("Service")
	object.get(r.values, ["spec", "type"], "") == "LoadBalancer"
	not _internal(r)
	ranges := object.get(r.values, ["spec", "loadBalancerSourceRanges"], [])
	is_array(ranges)
	some i, range in ranges
	range in {"0.0.0.0/0", "::/0"}
	msg := sprintf("%s: loadBalancerSourceRanges allows every address (%s)", [r.address, range])
}

# Source ranges from the field or from the legacy annotation.
_restricted(r) if {
	ranges := object.get(r.values, ["spec", "loadBalancerSourceRanges"], [])
	is_array(ranges)
	count(ranges) > 0
}

_restricted(r) if {
	ranges := k8s.annotations(r)["service.beta.kubernetes.io/load-balancer-source-ranges"]
	is_string(ranges)
	trim_space(ranges) != ""
}

# Cloud annotations that make the load balancer private to the VPC / VNet.
_internal_annotations := {
	"service.beta.kubernetes.io/aws-load-balancer-internal": {"true", "0.0.0.0/0"},
	"service.beta.kubernetes.io/aws-load-balancer-scheme": {"internal"},
	"service.beta.kubernetes.io/azure-load-balancer-internal": {"true"},
	"networking.gke.io/load-balancer-type": {"Internal"},
	"cloud.google.com/load-balancer-type": {"Internal", "internal"},
	"service.beta.kubernetes.io/oci-load-balancer-internal": {"true"},
}

_internal(r) if {
	some key, values in _internal_annotations
	k8s.annotations(r)[key] in values
}
