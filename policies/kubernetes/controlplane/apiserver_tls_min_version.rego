# METADATA
# title: kube-apiserver or kubelet accepts TLS 1.0 or 1.1
# description: >-
#   TLS 1.0 and 1.1 are deprecated (RFC 8996): they lack modern cipher suites and
#   are open to downgrade attacks, and PCI DSS and most baselines forbid them.
#   --tls-min-version (tlsMinVersion in a KubeletConfiguration) set to
#   VersionTLS10 or VersionTLS11 lets clients of the API server or the kubelet
#   negotiate them. Without the flag, Kubernetes 1.30 and later (built with Go
#   1.22) require TLS 1.2, while earlier releases accept TLS 1.0: the missing
#   flag is reported only on kube-apiserver images tagged before 1.30.
# custom:
#   id: SRM-K8S-APISERVER-011
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Require TLS 1.2 or later: `- --tls-min-version=VersionTLS12` on the
#     kube-apiserver, kube-controller-manager, kube-scheduler and kubelet command
#     lines, or `tlsMinVersion: VersionTLS12` in the KubeletConfiguration.
#   frameworks: {nist-800-53: [SC-8, SC-13], pci-dss-4.0: ["4.2.1"]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#     - "https://go.dev/doc/go1.22#crypto/tls"
#   fix: {safety: unsafe, change: "Sets `--tls-min-version=VersionTLS12` where an older version is written (command line or KubeletConfiguration `tlsMinVersion`) and adds the flag to kube-apiserver images older than 1.30; clients that speak only TLS 1.0 or 1.1 can no longer connect."}
package srm.kubernetes.controlplane.apiserver_tls_min_version

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

_binaries := ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubelet"]

_old := {"VersionTLS10", "VersionTLS11"}

# The containers that run a control-plane binary and every KubeletConfiguration are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	some binary in _binaries
	cmd.runs(c.container, binary)
}

applies contains r.address if {
	some r in k8s.resources("KubeletConfiguration")
}

# An explicit old version on a command line.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "tls-min-version", "VersionTLS12", false),
} if {
	some c in cmd.control_plane_containers
	some binary in _binaries
	cmd.runs(c.container, binary)
	some o in cmd.flag(c.container, "tls-min-version")
	o.value in _old
	msg := sprintf("%s: container %q runs %s with --tls-min-version=%s, so clients may connect with deprecated TLS versions", [c.resource.address, cmd.container_name(c), binary, o.value])
}

# An explicit old version in a KubeletConfiguration.
deny contains {
	"msg": msg, "resource": r.address, "path": ["tlsMinVersion"],
	"fix": [{"set": ["tlsMinVersion"], "value": "VersionTLS12"}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "tlsMinVersion", null)
	value in _old
	msg := sprintf("%s: tlsMinVersion is %s, so clients of the kubelet may connect with deprecated TLS versions (expected VersionTLS12 or VersionTLS13)", [r.address, value])
}

# No flag on an API server image older than 1.30, whose Go runtime still accepts TLS 1.0.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "tls-min-version")
	minor := _minor_version(object.get(c.container, "image", ""))
	minor < 30
	msg := sprintf("%s: container %q runs kube-apiserver 1.%d without --tls-min-version, so it accepts TLS 1.0 and 1.1", [c.resource.address, cmd.container_name(c), minor])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "kube-apiserver", "--tls-min-version=VersionTLS12"))
}

# A version left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	some binary in _binaries
	cmd.runs(c.container, binary)
	some o in cmd.flag(c.container, "tls-min-version")
	contains(o.value, "${")
}

unknown contains {"resource": r.address, "path": ["tlsMinVersion"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "tlsMinVersion", null)
	is_string(value)
	contains(value, "${")
}

# The minor version of a kube-apiserver image tag (registry.k8s.io/kube-apiserver:v1.29.8).
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
