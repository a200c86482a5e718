# METADATA
# title: Namespace has no Pod Security Admission enforce label
# description: >-
#   Pod Security Admission enforces a Pod Security Standard in a namespace only
#   when the namespace carries the pod-security.kubernetes.io/enforce label;
#   without it the cluster-wide default applies, which is privileged (nothing
#   refused) unless an administrator changed the admission configuration. Pods
#   with host namespaces, privileged containers or hostPath volumes are then
#   admitted there without any record of the decision. kube-system, whose
#   control-plane pods need privileges, is not reported.
# custom:
#   id: SRM-K8S-NS-002
#   severity: low
#   areas: [compliance, guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Namespace]}
#   remediation: >-
#     Label every namespace with the standard it must meet, pinned to a version,
#     e.g. `metadata: {labels: {pod-security.kubernetes.io/enforce: restricted, pod-security.kubernetes.io/enforce-version: v1.31}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.1"], pss: [baseline, restricted], nist-800-53: [CM-7, CM-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-namespace-labels/"
#   fix: {safety: unsafe, change: "Sets the label `pod-security.kubernetes.io/enforce: baseline` on the namespace; new pods that need host namespaces, host paths, privileged mode or added capabilities are then refused there (existing pods keep running)."}
package srm.kubernetes.namespace.psa_enforce_missing

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
	_missing(value)
	msg := sprintf("%s: the namespace has no %s label (found %s), so pods there are admitted under the cluster default, privileged unless configured otherwise", [r.address, _label, k8s.shown(value)])
}

_missing(value) if value == null

_missing(value) if value == ""

_system(r) if object.get(r.values, ["metadata", "name"], "") == "kube-system"

_unresolved(value) if {
	is_string(value)
	contains(value, "${")
}
