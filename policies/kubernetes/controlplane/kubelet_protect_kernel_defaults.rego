# METADATA
# title: Kubelet does not protect the kernel settings it depends on
# description: >-
#   The kubelet expects a few kernel tunables (vm.overcommit_memory,
#   vm.panic_on_oom, kernel.panic, kernel.panic_on_oops, kernel.keys.*) to have
#   the values its resource management and eviction are designed for. Unless
#   protectKernelDefaults is true it silently rewrites them at start, hiding a
#   node image that drifted from its hardened baseline; with it, the kubelet
#   refuses to start on a node whose kernel settings differ, so the drift is
#   fixed in the image instead. Both the flag and the configuration field
#   default to false.
# custom:
#   id: SRM-K8S-KUBELET-004
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Set the kernel parameters in the node image and have the kubelet check them:
#     `protectKernelDefaults: true` in the KubeletConfiguration, or `- --protect-kernel-defaults=true`.
#   frameworks: {cis-kubernetes-1.24: ["4.2.6"], nist-800-53: [CM-6, CM-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"
#   peers: {checkov: [CKV_K8S_144], kics: [kubelet_protect_kernel_defaults_set_to_false], trivy: [AVD-KCV-0083]}
#   fix: {safety: unsafe, change: "Sets protectKernelDefaults to true (`--protect-kernel-defaults=true` on the kubelet command line, rewritten or added, or `protectKernelDefaults: true` in the KubeletConfiguration); the kubelet refuses to start on nodes whose kernel settings differ from what it expects until the node image sets them."}
package srm.kubernetes.controlplane.kubelet_protect_kernel_defaults

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# The containers that run the kubelet and every KubeletConfiguration are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
}

applies contains r.address if {
	some r in k8s.resources("KubeletConfiguration")
}

# Explicitly off on the command line.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "protect-kernel-defaults", "true", true),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.bool_flag(c.container, "protect-kernel-defaults")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs the kubelet with --protect-kernel-defaults=%s, so it rewrites kernel settings that differ from its defaults instead of refusing to start", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag and no config file: the default false applies.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	not cmd.has_flag(c.container, "protect-kernel-defaults")
	not cmd.has_flag(c.container, "config")
	msg := sprintf("%s: container %q runs the kubelet without --protect-kernel-defaults=true or a --config file (the default is false)", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kubelet", "--protect-kernel-defaults=true"))
}

# A KubeletConfiguration without protectKernelDefaults: true.
deny contains {
	"msg": msg, "resource": r.address, "path": ["protectKernelDefaults"],
	"fix": [{"set": ["protectKernelDefaults"], "value": true}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "protectKernelDefaults", null)
	value in {null, false}
	msg := sprintf("%s: protectKernelDefaults is %s (the default is false), so the kubelet rewrites kernel settings that differ from its defaults instead of refusing to start", [r.address, k8s.shown(value)])
}

# A value left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["protectKernelDefaults"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "protectKernelDefaults", null)
	is_string(value)
	contains(value, "${")
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
