# METADATA
# title: kube-apiserver or kubelet authorizes every request (AlwaysAllow)
# description: >-
#   With the AlwaysAllow authorizer every authenticated request, and every
#   anonymous one while anonymous authentication is on, is allowed: RBAC bindings
#   are ignored and any service-account token or user certificate is a cluster
#   administrator credential. --authorization-mode defaults to AlwaysAllow when
#   neither it nor an AuthorizationConfiguration file is given. A kubelet with
#   `--authorization-mode=AlwaysAllow` lets every caller of its API run commands in
#   its pods and read their logs; there only the explicit value is reported, since
#   kubelets are usually configured by a KubeletConfiguration file.
# custom:
#   id: SRM-K8S-APISERVER-005
#   severity: critical
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Authorize with the Node and RBAC authorizers: `- --authorization-mode=Node,RBAC`
#     (or an `--authorization-config` file without AlwaysAllow); on the kubelet
#     `--authorization-mode=Webhook` (or `authorization: {mode: Webhook}` in its
#     KubeletConfiguration).
#   frameworks: {cis-kubernetes-1.9: ["1.2.6", "4.2.2"], nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authorization/#authorization-modules"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"
#   peers: {checkov: [CKV_K8S_74, CKV_K8S_139], kics: [authorization_mode_set_to_always_allow], trivy: [AVD-KCV-0007]}
package srm.kubernetes.controlplane.apiserver_authorization_mode

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# Explicitly AlwaysAllow, on the API server or a kubelet.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	some binary in ["kube-apiserver", "kubelet"]
	cmd.runs(c.container, binary)
	some o in cmd.flag(c.container, "authorization-mode")
	some mode in split(o.value, ",")
	trim_space(mode) == "AlwaysAllow"
	msg := sprintf("%s: container %q runs %s with --authorization-mode=%s, which allows every request", [c.resource.address, cmd.container_name(c), binary, o.value])
}

deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "authorization-mode")
	not cmd.has_flag(c.container, "authorization-config")
	msg := sprintf("%s: container %q runs kube-apiserver without --authorization-mode or --authorization-config, so it defaults to AlwaysAllow", [c.resource.address, cmd.container_name(c)])
}
