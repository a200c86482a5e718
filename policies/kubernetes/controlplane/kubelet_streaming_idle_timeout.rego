# METADATA
# title: Kubelet never closes idle exec, attach and port-forward streams
# description: >-
#   streamingConnectionIdleTimeout (--streaming-connection-idle-timeout) closes
#   kubectl exec, attach and port-forward sessions that have been idle that long
#   (4 hours by default). Set to 0, sessions stay open indefinitely: a forgotten
#   shell or tunnel into a production pod remains usable by whoever gets hold of
#   the terminal or the local port, and abandoned streams pile up on the node
#   until it runs out of resources.
# custom:
#   id: SRM-K8S-KUBELET-005
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Keep a finite idle timeout, the default or shorter:
#     `streamingConnectionIdleTimeout: 5m` in the KubeletConfiguration, or `- --streaming-connection-idle-timeout=5m`.
#   frameworks: {cis-kubernetes-1.9: ["4.2.5"], nist-800-53: [SC-10, AC-12]}
#   references:
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"
#   peers: {checkov: [CKV_K8S_143], trivy: [AVD-KCV-0085]}
#   fix: {safety: safe, change: "Sets the streaming idle timeout to the kubelet default 4h (`--streaming-connection-idle-timeout=4h` or `streamingConnectionIdleTimeout: 4h`); only exec, attach and port-forward sessions idle for 4 hours are closed."}
package srm.kubernetes.controlplane.kubelet_streaming_idle_timeout

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

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "streaming-connection-idle-timeout", "4h", false),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.flag(c.container, "streaming-connection-idle-timeout")
	_zero(o.value)
	msg := sprintf("%s: container %q runs the kubelet with --streaming-connection-idle-timeout=%s, so idle exec, attach and port-forward sessions are never closed", [c.resource.address, cmd.container_name(c), o.value])
}

deny contains {
	"msg": msg, "resource": r.address, "path": ["streamingConnectionIdleTimeout"],
	"fix": [{"set": ["streamingConnectionIdleTimeout"], "value": "4h"}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "streamingConnectionIdleTimeout", null)
	_zero(value)
	msg := sprintf("%s: streamingConnectionIdleTimeout is %s, so idle exec, attach and port-forward sessions are never closed", [r.address, json.marshal(value)])
}

# A zero Go duration: 0, 0s, 0m0s, ... (a YAML number 0 too).
_zero(value) if value == 0

_zero(value) if {
	is_string(value)
	regex.match(`^(0+(\.0+)?(h|m|s|ms|us|ns)?)+$`, value)
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
