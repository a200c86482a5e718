# METADATA
# title: NetworkPolicy allows ingress from any source on any port
# description: >-
#   An ingress rule without from and ports (ingress: [{}]) admits traffic from every
#   pod, namespace and external address to every port of the selected pods, and a
#   rule whose source is the ipBlock 0.0.0.0/0 or ::/0 without ports admits every
#   address. Because NetworkPolicies are additive, such a rule cancels every other
#   policy's restrictions for those pods, including a namespace default deny.
#   There is no automatic fix: the sources and ports to allow are the user's
#   choice.
# custom:
#   id: SRM-K8S-NET-002
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [NetworkPolicy]}
#   remediation: >-
#     Name the allowed sources and ports: `ingress: [{from: [{podSelector:
#     {matchLabels: {app: frontend}}}], ports: [{protocol: TCP, port: 8080}]}]`.
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://kubernetes.io/docs/concepts/services-networking/network-policies/#allow-all-ingress-traffic"
#     - "https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors"
package srm.kubernetes.network.network_policy_allow_all

import data.srm.lib.kubernetes as k8s

# A rule with neither sources nor ports.
deny contains {"msg": msg, "resource": r.address, "path": ["spec", "ingress", i]} if {
	some r in k8s.resources("NetworkPolicy")
	some i, rule in _ingress(r)
	count(k8s.list_or_empty(object.get(rule, "from", []))) == 0
	count(k8s.list_or_empty(object.get(rule, "ports", []))) == 0
	msg := sprintf("%s: ingress rule %d has no from and no ports, so it allows traffic from any source to any port of %s", [r.address, i, _selected(r)])
}

# A source that is every address, on every port.
deny contains {"msg": msg, "resource": r.address, "path": ["spec", "ingress", i, "from", j, "ipBlock", "cidr"]} if {
	some r in k8s.resources("NetworkPolicy")
	some i, rule in _ingress(r)
	count(k8s.list_or_empty(object.get(rule, "ports", []))) == 0
	some j, peer in k8s.list_or_empty(object.get(rule, "from", []))
	cidr := object.get(peer, ["ipBlock", "cidr"], "")
	cidr in {"0.0.0.0/0", "::/0"}
	msg := sprintf("%s: ingress rule %d allows %s on every port of %s", [r.address, i, cidr, _selected(r)])
}

_ingress(r) := [rule | some rule in k8s.list_or_empty(object.get(r.values, ["spec", "ingress"], [])); is_object(rule)]

_selected(r) := "every pod in the namespace" if {
	selector := object.get(r.values, ["spec", "podSelector"], {})
	count(object.get(selector, "matchLabels", {})) == 0
	count(object.get(selector, "matchExpressions", [])) == 0
} else := "the selected pods"
