# METADATA
# title: Namespace enforces the privileged Pod Security Standard
# description: >-
#   pod-security.kubernetes.io/enforce set to privileged switches Pod Security
#   Admission off for the namespace on purpose: privileged containers, host
#   network, PID and IPC namespaces, hostPath volumes and added capabilities are
#   all admitted, and any workload there can take over its node. Only
#   infrastructure namespaces (CNI, CSI, node agents) should need it, with
#   access to them restricted accordingly. kube-system is not reported.
# custom:
#   id: SRM-K8S-NS-003
#   severity: medium
#   areas: [guest-os, compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Namespace]}
#   remediation: >-
#     Enforce baseline at least, restricted where possible, and move workloads
#     that need host access into a dedicated infrastructure namespace:
#     `metadata: {labels: {pod-security.kubernetes.io/enforce: restricted}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.1", "5.2.2"], pss: [baseline, restricted], nist-800-53: [CM-7, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#privileged"
#     - "https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-levels"
#   fix: {safety: unsafe, change: "Sets the label `pod-security.kubernetes.io/enforce` to `baseline` instead of privileged; new pods that need host namespaces, host paths, privileged mode or added capabilities are then refused in the namespace (existing pods keep running)."}
package srm.kubernetes.namespace.psa_privileged

import data.srm.lib.kubernetes as k8s

_label := "pod-security.kubernetes.io/enforce"

# Every Namespace but kube-system is judged.
applies contains r.address if {
	some r in k8s.resources("Namespace")
	not _system(r)
}

# A level left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["metadata", "labels", _label]} if {
	some r in k8s.resources("Namespace")
	not _system(r)
	_unresolved(object.get(k8s.labels(r), _label, null))
}

deny contains {
	"msg": msg, "resource": r.address, "path": ["metadata", "labels", _label],
	"fix": [{"set": ["metadata", "labels", _label], "value": "baseline"}],
} if {
	some r in k8s.resources("Namespace")
	not _system(r)
	value := object.get(k8s.labels(r), _label, null)
	value == "privileged"
	msg := sprintf("%s: %s is \"privileged\", so Pod Security Admission admits privileged and host-namespace pods in this namespace", [r.address, _label])
}

_system(r) if object.get(r.values, ["metadata", "name"], "") == "kube-system"

_unresolved(value) if {
	is_string(value)
	contains(value, "${")
}
