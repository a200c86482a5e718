# METADATA
# title: kube-apiserver does not enable the NodeRestriction admission plugin
# description: >-
#   The Node authorizer lets a kubelet read what its pods need; NodeRestriction
#   is what stops it from writing anything else: other nodes' objects, pods bound
#   elsewhere, or node labels that steer workloads (node-restriction.kubernetes.io/
#   and the kubelet's own topology labels). Without it, one compromised node's
#   credentials can relabel nodes to attract sensitive pods, or modify other
#   nodes and their pods. The plugin is not in the default set and must be
#   enabled explicitly.
# custom:
#   id: SRM-K8S-APISERVER-009
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Enable it together with the Node authorizer:
#     `- --enable-admission-plugins=NodeRestriction` and `- --authorization-mode=Node,RBAC`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.14"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/node/"
#   peers: {checkov: [CKV_K8S_85], kics: [node_restriction_admission_control_plugin_not_set], trivy: [AVD-KCV-0016]}
#   fix: {safety: unsafe, change: "Adds NodeRestriction to the admission plugin list of the kube-apiserver (or `--enable-admission-plugins=NodeRestriction` where there is none) and removes it from `--disable-admission-plugins`; kubelets can then change only their own Node and the pods bound to it, which breaks node agents that use kubelet credentials for more."}
package srm.kubernetes.controlplane.apiserver_node_restriction

import data.srm.lib.commandline as cmd

_plugin := "NodeRestriction"

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

# An explicit plugin list without it (--admission-control is the deprecated spelling).
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _list_fix(c, o),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	lists := _enabled(c.container)
	not _listed(lists)
	not _substituted(lists)
	some o in lists
	msg := sprintf("%s: container %q runs kube-apiserver with admission plugins %q, without NodeRestriction", [c.resource.address, cmd.container_name(c), o.value])
}

# A plugin list left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	lists := _enabled(c.container)
	not _listed(lists)
	_substituted(lists)
	some o in lists
	contains(o.value, "${")
}

# No plugin list: the default set does not include it.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "enable-admission-plugins")
	not cmd.has_flag(c.container, "admission-control")
	msg := sprintf("%s: container %q runs kube-apiserver without --enable-admission-plugins, and the default plugins do not include NodeRestriction", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kube-apiserver", sprintf("--enable-admission-plugins=%s", [_plugin])))
}

# Disabled explicitly.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "disable-admission-plugins", concat(",", [name | some name in split(o.value, ","); trim_space(name) != _plugin]), false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "disable-admission-plugins")
	_plugin in _names(o.value)
	msg := sprintf("%s: container %q runs kube-apiserver with --disable-admission-plugins=%s, which turns NodeRestriction off", [c.resource.address, cmd.container_name(c), o.value])
}

_enabled(container) := cmd.flag(container, "enable-admission-plugins") | cmd.flag(container, "admission-control")

_listed(lists) if {
	some o in lists
	_plugin in _names(o.value)
}

_names(value) := {trim_space(name) | some name in split(value, ",")}

_substituted(lists) if {
	some o in lists
	contains(o.value, "${")
}

# The fix of a plugin list without the plugin: the list (the occurrence reported,
# --enable-admission-plugins or the deprecated --admission-control) with it added.
_list_fix(c, o) := _flag_fix(c, o, _list_flag(c, o), _joined(o.value, _plugin), false)

_list_flag(c, o) := "enable-admission-plugins" if o in cmd.flag(c.container, "enable-admission-plugins")

_list_flag(c, o) := "admission-control" if {
	not o in cmd.flag(c.container, "enable-admission-plugins")
	o in cmd.flag(c.container, "admission-control")
}

_joined(value, plugin) := plugin if trim_space(value) == ""

_joined(value, plugin) := sprintf("%s,%s", [value, plugin]) if trim_space(value) != ""

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
