# METADATA
# title: Kubelet does not rotate its client certificate
# description: >-
#   Without rotateCertificates (--rotate-certificates) the kubelet keeps the
#   client certificate it was bootstrapped with until it expires (a year by
#   default): a stolen node credential stays valid all that time, and when it
#   expires the node silently drops out of the cluster, often several at once
#   since they were joined together. With rotation the kubelet requests a fresh
#   certificate before expiry. Both the flag and the configuration field default
#   to false; kubeadm and managed node images turn it on.
# custom:
#   id: SRM-K8S-KUBELET-006
#   severity: low
#   areas: [iam, incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Rotate the kubelet client certificate: `rotateCertificates: true` in the
#     KubeletConfiguration, or `- --rotate-certificates=true`.
#   frameworks: {cis-kubernetes-1.9: ["4.2.10"], nist-800-53: [IA-5, SC-12]}
#   references:
#     - "https://kubernetes.io/docs/tasks/tls/certificate-rotation/"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#   peers: {checkov: [CKV_K8S_149], trivy: [AVD-KCV-0090]}
#   fix: {safety: safe, change: "Sets certificate rotation on (`--rotate-certificates=true` on the kubelet command line, rewritten or added, or `rotateCertificates: true` in the KubeletConfiguration); the kubelet requests a new client certificate before the current one expires and keeps the current one meanwhile."}
package srm.kubernetes.controlplane.kubelet_rotate_certificates

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
	"fix": _flag_fix(c, o, "rotate-certificates", "true", true),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.bool_flag(c.container, "rotate-certificates")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs the kubelet with --rotate-certificates=%s, so its client certificate is never renewed", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag and no config file: the default false applies.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	not cmd.has_flag(c.container, "rotate-certificates")
	not cmd.has_flag(c.container, "config")
	msg := sprintf("%s: container %q runs the kubelet without --rotate-certificates=true or a --config file (the default is false), so its client certificate is never renewed", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kubelet", "--rotate-certificates=true"))
}

# A KubeletConfiguration without rotateCertificates: true.
deny contains {
	"msg": msg, "resource": r.address, "path": ["rotateCertificates"],
	"fix": [{"set": ["rotateCertificates"], "value": true}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "rotateCertificates", null)
	value in {null, false}
	msg := sprintf("%s: rotateCertificates is %s (the default is false), so the kubelet's client certificate is never renewed", [r.address, k8s.shown(value)])
}

# A value left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["rotateCertificates"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "rotateCertificates", null)
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
