# METADATA
# title: Workload runs as the namespace's default ServiceAccount
# description: >-
#   A pod that names no service account runs as the namespace's default one, which
#   every other such pod shares. Any permission, image pull secret or cloud
#   workload identity given to it for one application is silently given to all of
#   them, and audit logs cannot tell the workloads apart. A dedicated
#   ServiceAccount per workload keeps identities and permissions separate.
#   There is no automatic fix: the ServiceAccount to create, and its
#   permissions, are the user's choice.
# custom:
#   id: SRM-K8S-SA-003
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Create a ServiceAccount for the workload (with `automountServiceAccountToken: false`
#     unless it calls the API) and reference it: `spec: {serviceAccountName: web}`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.5"], nist-800-53: [AC-6, IA-2]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"
#   peers: {kics: [service_account_name_undefined_or_empty]}
package srm.kubernetes.serviceaccount.default_account

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, [field])} if {
	some pod in k8s.pod_specs
	[field, value] := _account(pod.spec)
	msg := sprintf("%s: the pod runs as the default ServiceAccount (%s is %s)", [pod.resource.address, field, k8s.shown(value)])
}

# serviceAccountName wins over the deprecated serviceAccount.
_account(spec) := ["serviceAccountName", value] if {
	value := object.get(spec, "serviceAccountName", null)
	_default(value)
	_default(object.get(spec, "serviceAccount", null))
}

_default(value) if value == null

_default(value) if value == ""

_default(value) if value == "default"
