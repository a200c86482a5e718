# METADATA
# title: Pod uses the host network namespace
# description: >-
#   With hostNetwork true the pod shares the node's network stack: it can bind
#   any node port, reach services listening on the node's loopback (kubelet,
#   node-local agents, the cloud metadata endpoint) and sniff node traffic, and
#   NetworkPolicies no longer isolate it. Kubernetes allows it unless an
#   admission policy forbids it.
# custom:
#   id: SRM-K8S-POD-004
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the field or set it to false in the pod spec, and expose the pod
#     through a Service instead: `spec: {hostNetwork: false}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.5"], pss: [baseline], nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/concepts/services-networking/service/"
#   peers: {checkov: [CKV_K8S_19], kics: [shared_host_network_namespace], trivy: [AVD-KSV-0009]}
#   fix: {safety: unsafe, change: "Sets `hostNetwork: false` in the pod spec; the pod gets its own network namespace, so clients that reach it on the node address and ports, and node-level agents that need the host network (CNI, ingress on host ports), break."}
package srm.kubernetes.pod.host_network

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["hostNetwork"]),
	"fix": [{"set": array.concat(pod.path, ["hostNetwork"]), "value": false}],
} if {
	some pod in k8s.pod_specs
	object.get(pod.spec, "hostNetwork", false) == true
	msg := sprintf("%s: the pod uses the host network namespace (hostNetwork: true)", [pod.resource.address])
}
