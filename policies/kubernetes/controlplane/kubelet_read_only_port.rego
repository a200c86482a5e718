# METADATA
# title: Kubelet serves the unauthenticated read-only port
# description: >-
#   The kubelet's read-only port (10255) answers without authentication or
#   authorization with the node's pod specs (environment variables included),
#   metrics and health. Anyone who can reach the node learns what runs there and
#   how it is configured. The command-line default is 10255; a kubelet started
#   with a --config file defaults to 0 unless the file sets readOnlyPort.
# custom:
#   id: SRM-K8S-KUBELET-001
#   severity: medium
#   areas: [network-controls, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Disable the port: `- --read-only-port=0` on the kubelet command, or
#     `readOnlyPort: 0` in the KubeletConfiguration.
#   frameworks: {cis-kubernetes-1.9: ["4.2.4"], nist-800-53: [AC-3, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#   peers: {checkov: [CKV_K8S_141], kics: [kubelet_read_only_port_is_not_set_to_zero]}
#   fix: {safety: unsafe, change: "Sets the kubelet read-only port to 0 (`--read-only-port=0`, rewritten or added, or `readOnlyPort: 0` in the KubeletConfiguration); monitoring agents that scrape port 10255 without credentials lose it."}
package srm.kubernetes.controlplane.kubelet_read_only_port

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# An explicit non-zero port on the kubelet command line.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "read-only-port", "0", false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.flag(c.container, "read-only-port")
	cmd.int(o.value) != 0
	msg := sprintf("%s: container %q runs the kubelet with --read-only-port=%s, an unauthenticated API", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag and no config file: the command-line default 10255 applies.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	not cmd.has_flag(c.container, "read-only-port")
	not cmd.has_flag(c.container, "config")
	msg := sprintf("%s: container %q runs the kubelet without --read-only-port=0 or a --config file, so the read-only port 10255 is open", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kubelet", "--read-only-port=0"))
}

# A KubeletConfiguration file with a non-zero readOnlyPort.
deny contains {
	"msg": msg, "resource": r.address, "path": ["readOnlyPort"],
	"fix": [{"set": ["readOnlyPort"], "value": 0}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	port := object.get(r.values, "readOnlyPort", 0)
	is_number(port)
	port != 0
	msg := sprintf("%s: readOnlyPort is %d, an unauthenticated kubelet API (expected 0)", [r.address, port])
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
