# METADATA
# title: kube-apiserver request timeout is longer than 5 minutes
# description: >-
#   --request-timeout bounds how long the API server keeps a non-watch request
#   open (60 seconds by default). Raising it far beyond that lets slow or
#   deliberately stalled clients hold connections, goroutines and memory for
#   a long time, so a handful of callers can exhaust the API server's
#   in-flight request limits and lock everyone out, operators responding to an
#   incident included. Values above 5 minutes are reported; the default is not.
# custom:
#   id: SRM-K8S-APISERVER-012
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Keep the default or a value that slow links really need, at most a few
#     minutes: `- --request-timeout=60s` (remove the flag to use the default).
#   frameworks: {cis-kubernetes-1.9: ["1.2.20"], nist-800-53: [SC-5, SC-10]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://kubernetes.io/docs/concepts/cluster-administration/flow-control/"
#   peers: {checkov: [CKV_K8S_95], kics: [request_timeout_not_properly_set]}
#   fix: {safety: unsafe, change: "Sets `--request-timeout=60s` (the default) on the kube-apiserver; requests that take longer, such as large LIST calls on big clusters or slow clients, are cut off."}
package srm.kubernetes.controlplane.apiserver_request_timeout

import data.srm.lib.commandline as cmd

_maximum := 300

_units := {"h": 3600, "m": 60, "s": 1}

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "request-timeout", "60s", false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "request-timeout")
	seconds := _seconds(o.value)
	seconds > _maximum
	msg := sprintf("%s: container %q runs kube-apiserver with --request-timeout=%s (%v seconds, more than %d), so stalled requests can hold the API server's capacity", [c.resource.address, cmd.container_name(c), o.value, seconds, _maximum])
}

# A timeout left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "request-timeout")
	contains(o.value, "${")
}

# A Go duration made of hours, minutes and seconds (1h, 5m30s, 90s) in seconds; undefined for other forms.
_seconds(value) := sum(parts) if {
	regex.match(`^(\d+(\.\d+)?(h|m|s))+$`, value)
	parts := [seconds |
		some m in regex.find_all_string_submatch_n(`(\d+(\.\d+)?)(h|m|s)`, value, -1)
		seconds := to_number(m[1]) * _units[m[3]]
	]
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
