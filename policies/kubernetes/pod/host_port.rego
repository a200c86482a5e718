# METADATA
# title: Container binds a port on the node (hostPort)
# description: >-
#   A container port with hostPort is published on the node's own IP address,
#   outside Services, ingress controllers and, with most CNI plugins, outside
#   NetworkPolicies: anyone who can reach the node reaches the process directly.
#   It also pins the pod to nodes where the port is free. The baseline Pod Security
#   Standard forbids host ports other than 0.
# custom:
#   id: SRM-K8S-POD-012
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove hostPort and expose the container through a Service (ClusterIP behind
#     an Ingress, or a LoadBalancer with source ranges): `ports: [{containerPort: 8080}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.13"], pss: [baseline], nist-800-53: [SC-7, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/concepts/configuration/overview/#services"
#   peers: {checkov: [CKV_K8S_26], kics: [workload_host_port_not_specified], trivy: [AVD-KSV-0024]}
#   fix: {safety: unsafe, change: "Removes `hostPort` from the container port; clients that reach the pod on the node address at that port lose it until a Service (NodePort or LoadBalancer) or an Ingress exposes the port."}
package srm.kubernetes.pod.host_port

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["ports", i, "hostPort"]),
	"fix": [{"remove": array.concat(c.path, ["ports", i, "hostPort"])}],
} if {
	some c in k8s.containers
	some i, port in k8s.list_or_empty(object.get(c.container, "ports", []))
	is_object(port)
	host_port := object.get(port, "hostPort", 0)
	host_port != 0
	host_port != null
	msg := sprintf("%s: %s %q publishes container port %s on the node as hostPort %s", [c.resource.address, k8s.container_role(c), k8s.container_name(c), json.marshal(object.get(port, "containerPort", null)), json.marshal(host_port)])
}
