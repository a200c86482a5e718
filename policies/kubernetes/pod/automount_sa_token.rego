# METADATA
# title: Pod automounts its service account token
# description: >-
#   Unless automountServiceAccountToken is false, every container of the pod gets
#   a token for its service account mounted at
#   /var/run/secrets/kubernetes.io/serviceaccount. Most applications never call
#   the Kubernetes API, but anyone who compromises them can use the token with all
#   the RBAC permissions of the account. A ServiceAccount in the same file that
#   sets the field to false is honoured when the pod spec does not set it.
# custom:
#   id: SRM-K8S-SA-001
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, ServiceAccount]}
#   remediation: >-
#     Disable the mount in the pod spec and mount a projected token only in pods
#     that call the API: `spec: {automountServiceAccountToken: false}`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.5", "5.1.6"], nist-800-53: [AC-6, IA-5]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"
#     - "https://kubernetes.io/docs/concepts/security/service-accounts/"
#   peers: {checkov: [CKV_K8S_38], kics: [service_account_token_automount_not_disabled], trivy: [AVD-KSV-0036]}
#   fix: {safety: unsafe, change: "Sets `automountServiceAccountToken: false` in the pod spec; containers that call the Kubernetes API with the mounted token (operators, controllers, service-mesh and monitoring agents) fail until the pod mounts a projected token."}
package srm.kubernetes.pod.automount_sa_token

import data.srm.lib.kubernetes as k8s

# Explicitly true (or any value other than false) in the pod spec.
deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["automountServiceAccountToken"]),
	"fix": [{"set": array.concat(pod.path, ["automountServiceAccountToken"]), "value": false}],
} if {
	some pod in k8s.pod_specs
	"automountServiceAccountToken" in object.keys(pod.spec)
	value := pod.spec.automountServiceAccountToken
	value != false
	msg := sprintf("%s: the pod mounts the token of service account %q (automountServiceAccountToken: %s)", [pod.resource.address, _account(pod), json.marshal(value)])
}

# Not set in the pod spec, and the service account does not opt out in this file.
deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["automountServiceAccountToken"]),
	"fix": [{"set": array.concat(pod.path, ["automountServiceAccountToken"]), "value": false}],
} if {
	some pod in k8s.pod_specs
	not "automountServiceAccountToken" in object.keys(pod.spec)
	not _account_opts_out(pod)
	msg := sprintf("%s: the pod mounts the token of service account %q (automountServiceAccountToken is not set in the pod spec)", [pod.resource.address, _account(pod)])
}

_account(pod) := name if {
	name := object.get(pod.spec, "serviceAccountName", "")
	is_string(name)
	name != ""
} else := name if {
	name := object.get(pod.spec, "serviceAccount", "")
	is_string(name)
	name != ""
} else := "default"

_namespace(values) := ns if {
	ns := object.get(values, ["metadata", "namespace"], "")
	is_string(ns)
	ns != ""
} else := "default"

# The service account of the pod, in its namespace, sets automountServiceAccountToken:
# false: looked up in the set of such accounts, built once per file, not by
# scanning every ServiceAccount for every pod.
_account_opts_out(pod) if _opted_out_accounts[[_namespace(pod.resource.values), _account(pod)]]

# _opted_out_accounts: [namespace, name] of each ServiceAccount that opts out.
_opted_out_accounts contains [_namespace(sa.values), object.get(sa.values, ["metadata", "name"], "")] if {
	some sa in k8s.resources("ServiceAccount")
	object.get(sa.values, "automountServiceAccountToken", null) == false
}
