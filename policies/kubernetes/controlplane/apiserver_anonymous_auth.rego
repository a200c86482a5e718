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
#   fix: {safety: unsafe, change: "Sets `--anonymous-auth=false` on the kube-apiserver or kubelet command line (rewriting the flag where it is true, adding it to the kube-apiserver command where it is missing); unauthenticated callers such as load-balancer health checks and the liveness probes of kubeadm static pods get 401 and may restart or drain the server."}
package srm.kubernetes.controlplane.apiserver_anonymous_auth

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# Explicitly enabled, on the API server or a kubelet.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "anonymous-auth", "false", true),
} if {
	some c in cmd.control_plane_containers
	some binary in ["kube-apiserver", "kubelet"]
	cmd.runs(c.container, binary)
	some o in cmd.bool_flag(c.container, "anonymous-auth")
	cmd.is_true(o.value)
	msg := sprintf("%s: container %q runs %s with --anonymous-auth=%s, so requests without credentials are served as system:anonymous", [c.resource.address, cmd.container_name(c), binary, o.value])
}

# Not set: the default is true. An AuthenticationConfiguration file configures anonymous access itself.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "anonymous-auth")
	not cmd.has_flag(c.container, "authentication-config")
	msg := sprintf("%s: container %q runs kube-apiserver without --anonymous-auth=false (the default is true), so requests without credentials are served as system:anonymous", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kube-apiserver", "--anonymous-auth=false"))
}

# Fix helpers: how a flag is rewritten or added on a container's command line.
# (The same in every control-plane policy whose results carry a fix.)

# _flag_fix(c, o, name, value, boolean) is the edit that makes the occurrence o
# (of cmd.flag or cmd.bool_flag) of --NAME say VALUE: its item rewritten as
# `--NAME=VALUE`, the separate value item replaced (`--NAME` `old`), or the flag
# rewritten in place inside a shell string.
_flag_fix(c, o, name, value, boolean) := [{"set": array.concat(c.path, o.path), "value": sprintf("--%s=%s", [name, value])}] if {
	regex.match(sprintf(`^--%s(=\S*)?$`, [name]), trim_space(c.container[o.path[0]][o.path[1]]))
	_rewrites_item(c.container[o.path[0]][o.path[1]], boolean)
} else := [{"set": _next_item(c, o), "value": value}] if {
	trim_space(c.container[o.path[0]][o.path[1]]) == sprintf("--%s", [name])
	not boolean
} else := [{"set": array.concat(c.path, o.path), "value": _rewritten(c.container[o.path[0]][o.path[1]], name, value, boolean)}]

# The item itself is rewritten when it is `--NAME=old`, or a boolean `--NAME`.
_rewrites_item(word, _) if contains(word, "=")

_rewrites_item(_, boolean) if boolean == true

# The path of the item after o's (its value when written `--NAME` `value`).
_next_item(c, o) := array.concat(c.path, [items[k + 1][0], items[k + 1][1]]) if {
	items := cmd.words(c.container)
	some k, w in items
	[w[0], w[1]] == o.path
}

# A shell string with every --NAME occurrence rewritten as `--NAME=VALUE`.
_rewritten(text, name, value, true) := regex.replace(
	regex.replace(text, sprintf(`(^|\s)--%s=\S*`, [name]), sprintf("${1}--%s=%s", [name, value])),
	sprintf(`(^|\s)--%s(\s|$)`, [name]), sprintf("${1}--%s=%s${2}", [name, value]),
)

_rewritten(text, name, value, false) := regex.replace(
	regex.replace(text, sprintf(`(^|\s)--%s=\S*`, [name]), sprintf("${1}--%s=%s", [name, value])),
	sprintf(`(^|\s)--%s\s+[^\s-]\S*`, [name]), sprintf("${1}--%s=%s", [name, value]),
)

# _append_fix(c, binary, flag) is the edit that adds FLAG (`--name=value`) to
# the command line that runs BINARY: appended to the list holding the binary's
# own item, inserted after the binary inside the one shell string that runs it,
# or appended to args when the image's entrypoint is the binary; [] otherwise.
_append_fix(c, binary, flag) := [{"append": array.concat(c.path, [fields[0]]), "value": flag}] if {
	fields := [w[0] | some w in cmd.words(c.container); regex.match(sprintf(`^([^\s=]*/)?%s$`, [binary]), trim_space(w[2]))]
	count(fields) > 0
} else := [{"set": array.concat(c.path, [shells[0][0], shells[0][1]]), "value": regex.replace(shells[0][2], _run_pattern(binary), sprintf("${1}${2} %s${4}", [flag]))}] if {
	shells := [w | some w in cmd.words(c.container); count(regex.find_all_string_submatch_n(_run_pattern(binary), w[2], -1)) > 0]
	count(shells) == 1
	count(regex.find_all_string_submatch_n(_run_pattern(binary), shells[0][2], -1)) == 1
} else := [{"append": array.concat(c.path, ["args"]), "value": flag}] if {
	count([w | some w in cmd.words(c.container); w[0] == "command"]) == 0
} else := []

_run_pattern(binary) := sprintf(`(^|\s)(([^\s=]*/)?%s)(\s|$)`, [binary])

# _with_fix(result, edits) is the result with its fix, or without one when there are no edits.
_with_fix(result, edits) := object.union(result, {"fix": edits}) if count(edits) > 0

_with_fix(result, edits) := result if count(edits) == 0
