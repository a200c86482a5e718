# METADATA
# title: kube-apiserver accepts static tokens from a token file
# description: >-
#   --token-auth-file makes the API server accept the bearer tokens listed in a
#   CSV file on the control-plane nodes. Those tokens never expire, are stored in
#   clear text, cannot be revoked or rotated without editing the file and
#   restarting every API server, and often name powerful groups. A leaked copy of
#   the file or of one token is a lasting credential to the cluster.
#   There is no automatic fix: removing the flag locks out whoever signs in with
#   those tokens until they have another authenticator, which the user must set
#   up.
# custom:
#   id: SRM-K8S-APISERVER-013
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the flag and authenticate people through OIDC or client certificates
#     and workloads through service accounts, e.g.
#     `- --authentication-config=/etc/kubernetes/authn/config.yaml`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.2"], nist-800-53: [IA-5, IA-2, AC-2]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_70], trivy: [AVD-KCV-0002]}
package srm.kubernetes.controlplane.apiserver_token_auth_file

import data.srm.lib.commandline as cmd

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "token-auth-file")
	o.value != ""
	msg := sprintf("%s: container %q runs kube-apiserver with --token-auth-file=%s, whose static tokens never expire and cannot be revoked without a restart", [c.resource.address, cmd.container_name(c), o.value])
}
