# METADATA
# title: Service sets externalIPs (CVE-2020-8554)
# description: >-
#   kube-proxy sends traffic for a Service's externalIPs to its pods on every
#   node, for whatever address is written there: Kubernetes does not check that
#   the address belongs to the cluster. Anyone who can create or patch a Service
#   can therefore capture traffic meant for another address, inside or outside
#   the cluster (CVE-2020-8554, which has no fix in Kubernetes itself). A Service
#   that needs the field is rare; clusters should refuse it with the
#   DenyServiceExternalIPs admission plugin or an admission policy, and a
#   manifest that relies on it cannot run there.
# custom:
#   id: SRM-K8S-SVC-002
#   severity: medium
#   areas: [vulnerability-management, network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Service]}
#   remediation: >-
#     Remove `spec.externalIPs` and expose the workload through a LoadBalancer
#     Service or an Ingress, e.g. `spec: {type: LoadBalancer, loadBalancerSourceRanges: ["203.0.113.0/24"]}`.
#   frameworks: {nist-800-53: [SC-7, SI-2]}
#   references:
#     - "https://github.com/kubernetes/kubernetes/issues/97076"
#     - "https://kubernetes.io/docs/concepts/services-networking/service/#external-ips"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#denyserviceexternalips"
#   peers: {trivy: [AVD-KSV-0108]}
#   fix: {safety: unsafe, change: "Removes `spec.externalIPs` from the Service; traffic sent to those addresses no longer reaches its pods, so clients that use them need a LoadBalancer Service or an Ingress instead."}
package srm.kubernetes.network.service_external_ips

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": r.address, "path": ["spec", "externalIPs"],
	"fix": [{"remove": ["spec", "externalIPs"]}],
} if {
	some r in k8s.resources("Service")
	ips := object.get(r.values, ["spec", "externalIPs"], [])
	is_array(ips)
	count(ips) > 0
	msg := sprintf("%s: the Service claims externalIPs %s, so kube-proxy redirects traffic for those addresses to its pods on every node (CVE-2020-8554)", [r.address, concat(", ", [sprintf("%v", [ip]) | some ip in ips])])
}
