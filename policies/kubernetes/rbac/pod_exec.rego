# METADATA
# title: RBAC role can create pods or exec into them
# description: >-
#   Creating a pod lets the holder run any image with any service account of the
#   namespace and mount its Secrets, so it is as good as reading all of them and
#   acting as every account there. pods/exec and pods/attach give a shell in
#   running containers with their tokens and data. Both are common paths from a
#   modest role to the namespace's most privileged identity.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-005
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Let people and CI create workloads through controllers they are reviewed for
#     (Deployments via GitOps) and keep exec for break-glass roles; a read-only
#     role needs only `rules: [{apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.4"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
#   peers: {kics: [permissive_access_to_create_pods, rbac_roles_with_exec_permission, rbac_roles_with_attach_permission], trivy: [AVD-KSV-0053]}
package srm.kubernetes.rbac.pod_exec

import data.srm.lib.kubernetes as k8s

# Resource -> the verbs that give the access, and what the access is.
# `get` counts for exec/attach: older API servers authorise the WebSocket upgrade with it.
_grants := {
	"pods": {"verbs": {"create", "*"}, "what": "create pods"},
	"pods/exec": {"verbs": {"create", "get", "*"}, "what": "exec into pods"},
	"pods/attach": {"verbs": {"create", "get", "*"}, "what": "attach to pods"},
	"pods/*": {"verbs": {"create", "get", "*"}, "what": "exec into and attach to pods"},
}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_core_group(rule)
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	grant := _grants[resource]
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in grant.verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d lets the %s %s (verbs %s on %s)", [r.address, i, kind, grant.what, concat(", ", sort(verbs)), resource])
}

_core_group(rule) if count(k8s.list_or_empty(object.get(rule, "apiGroups", []))) == 0

_core_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"", "*"}
}
