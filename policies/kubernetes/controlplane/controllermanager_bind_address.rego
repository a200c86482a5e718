# METADATA
# title: kube-controller-manager listens on all network interfaces
# description: >-
#   kube-controller-manager serves its health, metrics and debugging endpoints on port 10257
#   of the address given by --bind-address, which defaults to 0.0.0.0: every
#   interface of the control-plane node. Only local probes and the node's own
#   monitoring need that port; open on the network it is one more control-plane
#   service to attack, where /healthz and /readyz answer without authentication
#   and the rest relies on delegated authentication to the API server.
# custom:
#   id: SRM-K8S-CONTROLLERMANAGER-003
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Bind it to the loopback interface (as kubeadm does) and scrape metrics from
#     the node: `- --bind-address=127.0.0.1`.
#   frameworks: {cis-kubernetes-1.9: ["1.3.7"], nist-800-53: [SC-7, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/"
#     - "https://kubernetes.io/docs/reference/networking/ports-and-protocols/#control-plane"
#   peers: {checkov: [CKV_K8S_113], kics: [bind_address_not_properly_set], trivy: [AVD-KCV-0039]}
#   fix: {safety: unsafe, change: "Sets `--bind-address=127.0.0.1` on the kube-controller-manager (rewriting the address, or adding the flag); Prometheus scrapes and health checks from other hosts lose port 10257."}
package srm.kubernetes.controlplane.controllermanager_bind_address

import data.srm.lib.commandline as cmd

_binary := "kube-controller-manager"

# Only the containers that run kube-controller-manager are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
}

# An explicit address that is not loopback.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "bind-address", "127.0.0.1", false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.flag(c.container, "bind-address")
	not _loopback(o.value)
	not contains(o.value, "${")
	msg := sprintf("%s: container %q runs kube-controller-manager with --bind-address=%s, so its port 10257 is reachable beyond the node itself", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag: the default 0.0.0.0 listens on every interface.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	not cmd.has_flag(c.container, "bind-address")
	msg := sprintf("%s: container %q runs kube-controller-manager without --bind-address, so its port 10257 listens on every interface (0.0.0.0)", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, _binary, "--bind-address=127.0.0.1"))
}

# An address left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.flag(c.container, "bind-address")
	contains(o.value, "${")
}

_loopback(address) if startswith(address, "127.")

_loopback(address) if address in {"::1", "localhost"}

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
