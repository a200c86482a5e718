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
#   fix: {safety: unsafe, change: "Removes AlwaysAllow from `--authorization-mode` (kube-apiserver: the other modes, or `Node,RBAC` when none is left; kubelet: `Webhook`) and adds `--authorization-mode=Node,RBAC` to a kube-apiserver that has none; callers without an RBAC grant are then refused."}
package srm.kubernetes.controlplane.apiserver_authorization_mode

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# Explicitly AlwaysAllow, on the API server or a kubelet.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "authorization-mode", _allowed_modes(o.value, binary), false),
} if {
	some c in cmd.control_plane_containers
	some binary in ["kube-apiserver", "kubelet"]
	cmd.runs(c.container, binary)
	some o in cmd.flag(c.container, "authorization-mode")
	some mode in split(o.value, ",")
	trim_space(mode) == "AlwaysAllow"
	msg := sprintf("%s: container %q runs %s with --authorization-mode=%s, which allows every request", [c.resource.address, cmd.container_name(c), binary, o.value])
}

deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "authorization-mode")
	not cmd.has_flag(c.container, "authorization-config")
	msg := sprintf("%s: container %q runs kube-apiserver without --authorization-mode or --authorization-config, so it defaults to AlwaysAllow", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kube-apiserver", "--authorization-mode=Node,RBAC"))
}

# The modes of a list with AlwaysAllow: the others, or the recommended ones when
# none is left (the kubelet knows only AlwaysAllow and Webhook).
_allowed_modes(_, "kubelet") := "Webhook"

_allowed_modes(value, "kube-apiserver") := concat(",", _other_modes(value)) if count(_other_modes(value)) > 0

_allowed_modes(value, "kube-apiserver") := "Node,RBAC" if count(_other_modes(value)) == 0

_other_modes(value) := [trim_space(mode) | some mode in split(value, ","); not trim_space(mode) in {"AlwaysAllow", ""}]

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
