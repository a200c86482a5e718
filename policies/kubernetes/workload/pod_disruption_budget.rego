# METADATA
# title: Replicated workload has no PodDisruptionBudget in the same file
# description: >-
#   Node drains during upgrades, autoscaler scale-downs and maintenance evict pods
#   through the eviction API, which respects PodDisruptionBudgets and nothing
#   else: without one, a drain may evict every replica of a Deployment or
#   StatefulSet at once, and the service is down although it runs several
#   replicas to survive exactly that. This policy looks at the file being
#   checked: a workload with more than one replica is reported when no
#   PodDisruptionBudget of the same file and namespace selects its pod labels.
#   Workloads without a replica count (scaled by an autoscaler) are not judged.
#   There is no automatic fix: the budget is a new object whose selector and
#   minimum availability are the user's choice.
# custom:
#   id: SRM-K8S-WORKLOAD-002
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Deployment, StatefulSet, PodDisruptionBudget]}
#   remediation: >-
#     Add a PodDisruptionBudget next to the workload that keeps enough replicas
#     up during voluntary disruptions:
#     `kind: PodDisruptionBudget, spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}`.
#   frameworks: {nist-800-53: [CP-10, SC-5]}
#   references:
#     - "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/#pod-disruption-budgets"
#     - "https://kubernetes.io/docs/tasks/run-application/configure-pdb/"
#   peers: {kics: [deployment_without_pod_disruption_budget]}
package srm.kubernetes.workload.pod_disruption_budget

import data.srm.lib.index as idx
import data.srm.lib.kubernetes as k8s

_kinds := ["Deployment", "StatefulSet"]

# Only workloads with more than one replica are judged.
applies contains r.address if {
	some kind in _kinds
	some r in k8s.resources(kind)
	_replicated(r)
}

deny contains {"msg": msg, "resource": r.address, "path": ["spec", "replicas"]} if {
	some kind in _kinds
	some r in k8s.resources(kind)
	_replicated(r)
	namespace := _namespace(r.values)
	labels := _pod_labels(r.values)
	not _covered(namespace, labels)
	msg := sprintf("%s: %d replicas and no PodDisruptionBudget in this file selects its pods in namespace %q, so a node drain may evict all of them at once", [r.address, r.values.spec.replicas, namespace])
}

# A replica count left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["spec", "replicas"]} if {
	some kind in _kinds
	some r in k8s.resources(kind)
	value := object.get(r.values, ["spec", "replicas"], null)
	is_string(value)
	contains(value, "${")
}

_replicated(r) if {
	replicas := object.get(r.values, ["spec", "replicas"], null)
	is_number(replicas)
	replicas > 1
}

_namespace(values) := ns if {
	ns := object.get(values, ["metadata", "namespace"], "")
	is_string(ns)
	ns != ""
} else := "default"

_pod_labels(values) := labels if {
	labels := object.get(values, ["spec", "template", "metadata", "labels"], {})
	is_object(labels)
} else := {}

# The selectors of the file's PodDisruptionBudgets, grouped by namespace (built once per file).
_selectors := idx.group({[_namespace(pdb.values), selector] |
	some pdb in k8s.resources("PodDisruptionBudget")
	selector := object.get(pdb.values, ["spec", "selector"], null)
	is_object(selector)
})

_covered(namespace, labels) if {
	some selector in _selectors[namespace]
	_selects(selector, labels)
}

# A label selector (policy/v1: an empty one selects every pod of the namespace).
_selects(selector, labels) if {
	every key, value in object.get(selector, "matchLabels", {}) {
		labels[key] == value
	}
	every requirement in k8s.list_or_empty(object.get(selector, "matchExpressions", [])) {
		_requirement(requirement, labels)
	}
}

_requirement(req, labels) if {
	req.operator == "In"
	labels[req.key] in req.values
}

_requirement(req, labels) if {
	req.operator == "NotIn"
	not labels[req.key] in req.values
}

_requirement(req, labels) if {
	req.operator == "Exists"
	req.key in object.keys(labels)
}

_requirement(req, labels) if {
	req.operator == "DoesNotExist"
	not req.key in object.keys(labels)
}
