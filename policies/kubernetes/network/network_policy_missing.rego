# METADATA
# title: Workload is not isolated by a NetworkPolicy in the same file
# description: >-
#   Pods accept traffic from every other pod in the cluster until a NetworkPolicy
#   with an Ingress policy type selects them, so a single compromised pod can reach
#   every database, admin port and internal API. This policy looks only at the
#   manifest file being checked: a workload is reported when no NetworkPolicy in
#   the same file and namespace selects its pod labels for ingress, so keep each
#   workload's policies next to it (or a default-deny policy in the same file).
#   There is no automatic fix: the callers the pods must accept are the user's
#   choice.
# custom:
#   id: SRM-K8S-NET-001
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, NetworkPolicy]}
#   remediation: >-
#     Add a NetworkPolicy that selects the pods and allows only the callers they
#     need, or a namespace default deny:
#     `kind: NetworkPolicy, spec: {podSelector: {}, policyTypes: [Ingress]}`.
#   frameworks: {cis-kubernetes-1.9: ["5.3.2"], nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://kubernetes.io/docs/concepts/services-networking/network-policies/"
#     - "https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-deny-all-ingress-traffic"
#   peers: {checkov: [CKV2_K8S_6]}
package srm.kubernetes.network.network_policy_missing

import data.srm.lib.index as idx
import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": pod.resource.address, "path": ["metadata", "namespace"]} if {
	some pod in k8s.pod_specs
	object.get(pod.spec, "hostNetwork", false) != true
	namespace := _namespace(pod.resource.values)
	labels := _pod_labels(pod)
	not _isolated(namespace, labels)
	msg := sprintf("%s: no NetworkPolicy in this file selects the pods of this workload in namespace %q for ingress, so every pod in the cluster can reach them", [pod.resource.address, namespace])
}

_namespace(values) := ns if {
	ns := object.get(values, ["metadata", "namespace"], "")
	is_string(ns)
	ns != ""
} else := "default"

# The pod labels: the template's, or the Pod's own.
_pod_labels(pod) := labels if {
	labels := object.get(pod.resource.values, array.concat(array.slice(pod.path, 0, count(pod.path) - 1), ["metadata", "labels"]), {})
	is_object(labels)
} else := {}

# A NetworkPolicy of the namespace that isolates ingress selects the labels. The
# policies are indexed once per file (not scanned for every workload): one that
# selects by matchLabels can only select pods carrying each of its pairs, so it is
# filed under one of them, the rarest among the policies of the namespace, and
# found through the pod's own labels; the others (no matchLabels, an empty or a
# null podSelector) are tried on every pod of the namespace.
_isolated(namespace, labels) if {
	some key, value in labels
	some selector in _anchored_selectors[[namespace, key, value]]
	_selects(selector, labels)
}

_isolated(namespace, labels) if {
	some selector in _other_selectors[namespace]
	_selects(selector, labels)
}

# _ingress_selectors: [namespace, podSelector] of the NetworkPolicies that isolate ingress.
_ingress_selectors contains [_namespace(policy.values), object.get(policy.values, ["spec", "podSelector"], {})] if {
	some policy in k8s.resources("NetworkPolicy")
	_isolates_ingress(policy.values)
}

# _anchored_selectors[[namespace, key, value]]: the selectors filed under that matchLabels pair.
_anchored_selectors := idx.group({[[namespace, key, match_labels[key]], selector] |
	some [namespace, selector] in _ingress_selectors
	match_labels := _match_labels(selector)
	key := _anchor(namespace, match_labels)
})

# _other_selectors[namespace]: the selectors without matchLabels pairs.
_other_selectors := idx.group({[namespace, selector] |
	some [namespace, selector] in _ingress_selectors
	not _match_labels(selector)
})

# _match_labels(selector): the selector's matchLabels, when it is a non-empty mapping.
_match_labels(selector) := match_labels if {
	is_object(selector)
	match_labels := object.get(selector, "matchLabels", {})
	is_object(match_labels)
	count(match_labels) > 0
}

# _anchor(namespace, match_labels): the key of the pair that the fewest selectors of the namespace have.
_anchor(namespace, match_labels) := key if {
	[_, key] := min({[count(_pair_selectors[[namespace, k, v]]), k] | some k, v in match_labels})
}

_pair_selectors := idx.group({[[namespace, key, value], selector] |
	some [namespace, selector] in _ingress_selectors
	some key, value in _match_labels(selector)
})

# policyTypes defaults to [Ingress] (plus Egress when egress rules exist) when absent or empty.
_isolates_ingress(values) if {
	not is_array(object.get(values, ["spec", "policyTypes"], null))
}

_isolates_ingress(values) if {
	object.get(values, ["spec", "policyTypes"], null) == []
}

_isolates_ingress(values) if {
	some type in object.get(values, ["spec", "policyTypes"], [])
	type == "Ingress"
}

# A label selector: every matchLabels pair and every matchExpressions requirement holds.
_selects(selector, labels) if {
	is_object(selector)
	every key, value in object.get(selector, "matchLabels", {}) {
		labels[key] == value
	}
	every requirement in object.get(selector, "matchExpressions", []) {
		_requirement(requirement, labels)
	}
}

_selects(selector, _) if selector == null

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
