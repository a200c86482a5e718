# METADATA
# title: RBAC role can add ephemeral containers to pods
# description: >-
#   update or patch on pods/ephemeralcontainers (what kubectl debug uses) adds a
#   new container to a running pod: any image, sharing the pod's network, volumes
#   and service account token, and with --target its process namespace too. It
#   gives the same access as exec into every pod in scope, but is often granted
#   separately and missed in reviews of pods/exec.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-013
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Keep debugging containers for break-glass roles, bound temporarily:
#     `rules: [{apiGroups: [""], resources: ["pods", "pods/log"], verbs: ["get", "list", "watch"]}]`.
#   frameworks: {nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/"
#     - "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/#ephemeral-container"
package srm.kubernetes.rbac.ephemeral_containers

import data.srm.lib.kubernetes as k8s

_resources := {"pods/ephemeralcontainers", "pods/*", "*/ephemeralcontainers"}

_verbs := {"update", "patch", "*"}

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
	msg := sprintf("%s: rule %d grants %s on %s, so the %s can add a container of any image to running pods (kubectl debug)", [r.address, i, concat(", ", sort(verbs)), resource, kind])
}

_core_group(rule) if count(k8s.list_or_empty(object.get(rule, "apiGroups", []))) == 0

_core_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"", "*"}
}
