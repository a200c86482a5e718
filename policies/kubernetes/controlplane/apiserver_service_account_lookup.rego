# METADATA
# title: kube-apiserver accepts tokens of deleted service accounts
# description: >-
#   With --service-account-lookup=false the API server validates a service
#   account token by its signature alone and does not check that the account
#   (and, for legacy tokens, the Secret holding the token) still exists.
#   Deleting a compromised service account or its token Secret, the first step
#   of containing a leak, then does not revoke anything: the stolen token keeps
#   working until it expires, which for legacy tokens is never. The default is
#   true, so only an explicit false is reported.
# custom:
#   id: SRM-K8S-APISERVER-015
#   severity: medium
#   areas: [iam, incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the flag or set it to true: `- --service-account-lookup=true`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.21"], nist-800-53: [IA-5, AC-2, IR-4]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#service-account-tokens"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_96], trivy: [AVD-KCV-0024]}
package srm.kubernetes.controlplane.apiserver_service_account_lookup

import data.srm.lib.commandline as cmd

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.bool_flag(c.container, "service-account-lookup")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs kube-apiserver with --service-account-lookup=%s, so tokens of deleted service accounts stay valid", [c.resource.address, cmd.container_name(c), o.value])
}
