# METADATA
# title: kube-controller-manager never garbage-collects terminated pods
# description: >-
#   --terminated-pod-gc-threshold caps how many finished pods (Succeeded or
#   Failed) are kept before the controller manager deletes the oldest; 0 or a
#   negative value turns that collector off. Completed Job and CronJob pods then
#   accumulate without limit in etcd, slowing every list of pods and growing the
#   database until it hits its quota and the control plane stops accepting
#   writes. The default (12500) keeps a bound and is not reported.
# custom:
#   id: SRM-K8S-CONTROLLERMANAGER-002
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Keep a positive threshold sized for the cluster, e.g.
#     `- --terminated-pod-gc-threshold=1000`, and set `ttlSecondsAfterFinished` on Jobs.
#   frameworks: {cis-kubernetes-1.9: ["1.3.1"], nist-800-53: [SC-5, SI-12]}
#   references:
#     - "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/"
#   peers: {checkov: [CKV_K8S_106], kics: [terminated_pod_garbage_collector_threshold_not_properly_set], trivy: [AVD-KCV-0033]}
#   fix: {safety: unsafe, change: "Sets `--terminated-pod-gc-threshold=12500` (the Kubernetes default) on the kube-controller-manager; beyond that many terminated pods the oldest are deleted, with their status and logs."}
package srm.kubernetes.controlplane.controllermanager_terminated_pod_gc

import data.srm.lib.commandline as cmd

_binary := "kube-controller-manager"

# Only the containers that run kube-controller-manager are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
}

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "terminated-pod-gc-threshold", "12500", false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.flag(c.container, "terminated-pod-gc-threshold")
	_disabled(o.value)
	msg := sprintf("%s: container %q runs kube-controller-manager with --terminated-pod-gc-threshold=%s, which turns the garbage collection of terminated pods off", [c.resource.address, cmd.container_name(c), o.value])
}

_disabled(value) if cmd.int(value) == 0

_disabled(value) if regex.match(`^-\d+$`, value)

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
