# METADATA
# title: RBAC role grants access to nodes/proxy
# description: >-
#   The nodes/proxy subresource forwards requests through the API server to the
#   kubelet API of any node in scope. That API lists and inspects every pod of the
#   node, streams their logs and runs commands in their containers (POST, or GET
#   upgraded to a WebSocket), bypassing the pods/exec permission, admission and
#   most audit detail. A holder can read the tokens and Secrets mounted on every
#   node it reaches, up to the control plane's.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-008
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Remove nodes/proxy from the rule; monitoring agents need only the metrics
#     endpoints: `rules: [{apiGroups: [""], resources: ["nodes/metrics", "nodes/stats"], verbs: ["get"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.10"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/#kubelet-authorization"
#   peers: {trivy: [AVD-KSV-0047]}
package srm.kubernetes.rbac.nodes_proxy

import data.srm.lib.kubernetes as k8s

# The resource names that include nodes/proxy ("*" alone is SRM-K8S-RBAC-001's).
_resources := {"nodes/proxy", "nodes/*", "*/proxy"}

# GET reads the kubelet API and can open exec over WebSocket; create (POST) runs commands.
_verbs := {"get", "create", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_core_group(rule)
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource in _resources
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d grants %s on %s, which reaches the kubelet API of the nodes (exec, logs and pod specs of every pod there)", [r.address, i, concat(", ", sort(verbs)), resource])
}

_core_group(rule) if count(k8s.list_or_empty(object.get(rule, "apiGroups", []))) == 0

_core_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"", "*"}
}
