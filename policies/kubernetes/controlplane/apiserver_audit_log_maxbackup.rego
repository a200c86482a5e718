# METADATA
# title: kube-apiserver keeps fewer than 10 rotated audit log files
# description: >-
#   --audit-log-maxbackup caps how many rotated audit log files the API server
#   keeps; older ones are deleted. On a busy cluster a few files cover only hours,
#   so the API history an investigation needs is gone before anyone looks. Unset
#   (0) keeps every file and is not reported; logs shipped to a central store can
#   make a small local value acceptable, which this policy cannot see.
# custom:
#   id: SRM-K8S-APISERVER-007
#   severity: low
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Keep at least 10 rotated files (sized with --audit-log-maxsize to cover your
#     retention period): `- --audit-log-maxbackup=10`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.18"], nist-800-53: [AU-11, AU-4]}
#   references:
#     - "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_93], kics: [audit_log_maxbackup_not_properly_set], trivy: [AVD-KCV-0021]}
#   fix: {safety: safe, change: "Sets `--audit-log-maxbackup=10` where fewer rotated files are kept on the kube-apiserver command line; the log directory needs room for 10 files of --audit-log-maxsize each."}
package srm.kubernetes.controlplane.apiserver_audit_log_maxbackup

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

_minimum := 10

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "audit-log-maxbackup", sprintf("%d", [_minimum]), false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not _logs_to_stdout(c.container)
	some o in cmd.flag(c.container, "audit-log-maxbackup")
	files := cmd.int(o.value)
	files > 0
	files < _minimum
	msg := sprintf("%s: container %q keeps only %d rotated audit log files (--audit-log-maxbackup=%s, expected at least %d)", [c.resource.address, cmd.container_name(c), files, o.value, _minimum])
}

# The log backend writes to standard output: no files to rotate. An explicit short
# value is still reported without --audit-log-path, because it takes effect as soon
# as the file backend is switched on.
_logs_to_stdout(container) if {
	some o in cmd.flag(container, "audit-log-path")
	o.value == "-"
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
