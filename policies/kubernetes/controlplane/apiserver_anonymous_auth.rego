# METADATA
# title: kube-apiserver or kubelet accepts anonymous requests
# description: >-
#   Unless --anonymous-auth is false, the API server treats every request without
#   credentials as the user system:anonymous in the group system:unauthenticated
#   and hands it to authorization. Any RBAC binding to those subjects, a
#   misconfigured webhook or a future mistake then opens the API to anyone who can
#   reach its port, and unauthenticated probing of the control plane goes
#   unattributed. The flag defaults to true. The kubelet has the same flag: with
#   anonymous requests on, anyone who reaches its port (10250) can call its API
#   (logs, exec, pod listing) as far as its authorizer allows; there only an
#   explicit `--anonymous-auth=true` is reported, since kubelets are usually
#   configured by a KubeletConfiguration file that the command line does not show.
# custom:
#   id: SRM-K8S-APISERVER-002
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Turn anonymous requests off on the kube-apiserver command (or restrict them to
#     health endpoints in an AuthenticationConfiguration file): `- --anonymous-auth=false`;
#     on the kubelet the same flag, or `authentication: {anonymous: {enabled: false}}`
#     in its KubeletConfiguration.
#   frameworks: {cis-kubernetes-1.9: ["1.2.1", "4.2.1"], nist-800-53: [IA-2, AC-14]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"
#   peers: {checkov: [CKV_K8S_68, CKV_K8S_138], kics: [anonymous_auth_is_not_set_to_false], trivy: [AVD-KCV-0001]}
package srm.kubernetes.controlplane.apiserver_anonymous_auth

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# Explicitly enabled, on the API server or a kubelet.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	some binary in ["kube-apiserver", "kubelet"]
	cmd.runs(c.container, binary)
	some o in cmd.bool_flag(c.container, "anonymous-auth")
	cmd.is_true(o.value)
	msg := sprintf("%s: container %q runs %s with --anonymous-auth=%s, so requests without credentials are served as system:anonymous", [c.resource.address, cmd.container_name(c), binary, o.value])
}

# Not set: the default is true. An AuthenticationConfiguration file configures anonymous access itself.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "anonymous-auth")
	not cmd.has_flag(c.container, "authentication-config")
	msg := sprintf("%s: container %q runs kube-apiserver without --anonymous-auth=false (the default is true), so requests without credentials are served as system:anonymous", [c.resource.address, cmd.container_name(c)])
}
