# METADATA
# title: ServiceAccount does not disable token automounting
# description: >-
#   Unless the ServiceAccount sets automountServiceAccountToken to false, every pod
#   that runs as it gets an API token mounted, including pods that never call the
#   Kubernetes API and pods whose authors did not think about it. The default
#   ServiceAccount of each namespace is used by every pod that names no account,
#   so its token is the most widely exposed. Opting out on the account and in only
#   in the pods that need the API keeps tokens where they are used.
# custom:
#   id: SRM-K8S-SA-002
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [ServiceAccount]}
#   remediation: >-
#     Set the field on the ServiceAccount and opt in per pod where the API is needed
#     (`spec: {automountServiceAccountToken: true}`):
#     `automountServiceAccountToken: false`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.5", "5.1.6"], nist-800-53: [AC-6, IA-5]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting"
#     - "https://kubernetes.io/docs/concepts/security/service-accounts/"
#   peers: {checkov: [CKV_K8S_41], kics: [service_account_token_automount_not_disabled]}
#   fix: {safety: unsafe, change: "Sets `automountServiceAccountToken: false` on the ServiceAccount; pods using it that call the Kubernetes API without opting in (`automountServiceAccountToken: true` in their spec) lose their token."}
package srm.kubernetes.serviceaccount.automount_disabled

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": sa.address, "path": ["automountServiceAccountToken"],
	"fix": [{"set": ["automountServiceAccountToken"], "value": false}],
} if {
	some sa in k8s.resources("ServiceAccount")
	value := object.get(sa.values, "automountServiceAccountToken", null)
	value != false
	msg := sprintf("%s: the %sServiceAccount lets its token be mounted into every pod that uses it (automountServiceAccountToken is %s, expected false)", [sa.address, _which(sa), k8s.shown(value)])
}

_which(sa) := "default " if object.get(sa.values, ["metadata", "name"], "") == "default"

_which(sa) := "" if object.get(sa.values, ["metadata", "name"], "") != "default"
