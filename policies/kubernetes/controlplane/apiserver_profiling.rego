# METADATA
# title: kube-apiserver, kube-controller-manager or kube-scheduler exposes profiling endpoints
# description: >-
#   With --profiling left at its default (true) the API server, the controller
#   manager and the scheduler serve Go pprof
#   handlers under /debug/pprof: heap and goroutine dumps reveal internal state and
#   request data, and CPU profiling requests can slow the control plane down. Few
#   clusters need it outside a debugging session. The flag defaults to true on all
#   three components (a kube-scheduler started with --config sets it in its
#   KubeSchedulerConfiguration, `enableProfiling`, which the command line does not show).
# custom:
#   id: SRM-K8S-APISERVER-003
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Turn profiling off on the kube-apiserver, kube-controller-manager and
#     kube-scheduler commands and enable it only while debugging: `- --profiling=false`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.15", "1.3.2", "1.4.1"], nist-800-53: [CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://github.com/kubernetes/community/blob/master/contributors/devel/sig-scalability/profiling.md"
#   peers: {checkov: [CKV_K8S_90, CKV_K8S_107, CKV_K8S_114], kics: [profiling_not_set_to_false], trivy: [AVD-KCV-0018]}
#   fix: {safety: safe, change: "Sets `--profiling=false` on the kube-apiserver, kube-controller-manager or kube-scheduler command line (rewriting the flag, or adding it); only the /debug/pprof endpoints go away, the component restarts with the changed manifest."}
package srm.kubernetes.controlplane.apiserver_profiling

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

components := ["kube-apiserver", "kube-controller-manager", "kube-scheduler"]

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "profiling", "false", true),
} if {
	some c in cmd.control_plane_containers
	some binary in components
	cmd.runs(c.container, binary)
	some o in cmd.bool_flag(c.container, "profiling")
	cmd.is_true(o.value)
	msg := sprintf("%s: container %q runs %s with --profiling=%s, which serves /debug/pprof", [c.resource.address, cmd.container_name(c), binary, o.value])
}

deny contains result if {
	some c in cmd.control_plane_containers
	some binary in components
	cmd.runs(c.container, binary)
	not cmd.has_flag(c.container, "profiling")
	not _configured_by_file(c.container, binary)
	msg := sprintf("%s: container %q runs %s without --profiling=false (the default is true), which serves /debug/pprof", [c.resource.address, cmd.container_name(c), binary])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, binary, "--profiling=false"))
}

# kube-scheduler reads enableProfiling from its --config file.
_configured_by_file(container, "kube-scheduler") if cmd.has_flag(container, "config")

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
