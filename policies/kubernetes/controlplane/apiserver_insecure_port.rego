# METADATA
# title: kube-apiserver serves the insecure HTTP port
# description: >-
#   The insecure port serves the whole Kubernetes API over plain HTTP with no
#   authentication and no authorization: anything that can reach it is cluster
#   administrator. Until Kubernetes 1.19 it was open on localhost:8080 unless
#   --insecure-port=0; 1.20 stopped serving it and 1.24 removed the flag. An
#   explicit non-zero port, or a pre-1.20 API server image without the flag, is
#   reported.
# custom:
#   id: SRM-K8S-APISERVER-004
#   severity: critical
#   areas: [network-controls, iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Disable the port (and upgrade the control plane to a supported version):
#     `- --insecure-port=0`.
#   frameworks: {nist-800-53: [AC-3, IA-2, SC-8]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-ports-and-ips"
#     - "https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-1.20.md#urgent-upgrade-notes"
#   peers: {checkov: [CKV_K8S_88], kics: [insecure_port_not_properly_set]}
#   fix: {safety: unsafe, change: "Sets `--insecure-port=0` on the kube-apiserver (rewriting the port, or adding the flag to an API server older than 1.20); components and scripts that call the API over http://localhost:8080 (old schedulers, controller managers, health checks) lose it."}
package srm.kubernetes.controlplane.apiserver_insecure_port

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# An explicit non-zero port.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "insecure-port", "0", false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "insecure-port")
	cmd.int(o.value) != 0
	msg := sprintf("%s: container %q runs kube-apiserver with --insecure-port=%s, an unauthenticated HTTP API", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag on an API server image older than 1.20, where the port defaulted to 8080.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "insecure-port")
	minor := _minor_version(object.get(c.container, "image", ""))
	minor < 20
	msg := sprintf("%s: container %q runs kube-apiserver 1.%d without --insecure-port=0, so the unauthenticated HTTP port 8080 is open", [c.resource.address, cmd.container_name(c), minor])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kube-apiserver", "--insecure-port=0"))
}

# The minor version of a kube-apiserver image tag (registry.k8s.io/kube-apiserver:v1.19.16).
_minor_version(image) := cmd.int(m[1]) if {
	is_string(image)
	regex.match(`(^|/)kube-apiserver(-[a-z0-9]+)?:`, image)
	parts := split(image, "/")
	some m in regex.find_all_string_submatch_n(`:v?1\.(\d+)(\.|-|$)`, parts[count(parts) - 1], 1)
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
