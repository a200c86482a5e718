# METADATA
# title: RBAC role can create or modify workload controllers
# description: >-
#   Deployments, DaemonSets, StatefulSets, ReplicaSets, Jobs, CronJobs and
#   ReplicationControllers create pods from the template they carry. Whoever may
#   create, update or patch them chooses that template: any image, any service
#   account of the namespace (and its token), any Secret as a volume, and host
#   access or privileged mode as far as admission allows. It is the same power as
#   creating pods, one step removed, and is often overlooked in roles meant for
#   "deploying" only.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-007
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Keep workload writes to the deployment pipeline's own identity (GitOps), give
#     people read access, and enforce the restricted Pod Security Standard where
#     workloads can be written:
#     `rules: [{apiGroups: ["apps"], resources: ["deployments"], verbs: ["get", "list", "watch"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.4"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
#   peers: {trivy: [AVD-KSV-0048]}
package srm.kubernetes.rbac.workload_write

import data.srm.lib.kubernetes as k8s

# The workload controllers and the API groups that serve them (extensions: before Kubernetes 1.16).
_workloads := {
	"deployments": {"apps", "extensions"},
	"daemonsets": {"apps", "extensions"},
	"statefulsets": {"apps"},
	"replicasets": {"apps", "extensions"},
	"jobs": {"batch"},
	"cronjobs": {"batch"},
	"replicationcontrollers": {""},
}

_write_verbs := {"create", "update", "patch", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	is_string(resource)
	groups := _workloads[resource]
	_in_groups(rule, groups)
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _write_verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d lets the %s write %s (verbs %s), i.e. run pods with any image, service account and Secret of its scope", [r.address, i, kind, resource, concat(", ", sort(verbs))])
}

_in_groups(rule, groups) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in (groups | {"*"})
}

# No group list: the core group.
_in_groups(rule, groups) if {
	"" in groups
	count(k8s.list_or_empty(object.get(rule, "apiGroups", []))) == 0
}
