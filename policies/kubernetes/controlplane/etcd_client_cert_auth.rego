# METADATA
# title: etcd does not require client certificates
# description: >-
#   etcd holds the whole cluster state, every Secret included, unencrypted unless
#   encryption at rest is configured. Without --client-cert-auth=true any client
#   that reaches its client port can read and write it directly, bypassing API
#   server authentication, RBAC and audit logging. The flag defaults to false.
# custom:
#   id: SRM-K8S-ETCD-001
#   severity: high
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Require client certificates signed by the etcd CA: `- --client-cert-auth=true`
#     with `- --trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`.
#   frameworks: {cis-kubernetes-1.9: ["2.2"], nist-800-53: [IA-3, AC-3, SC-8]}
#   references:
#     - "https://etcd.io/docs/v3.5/op-guide/security/"
#     - "https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters"
#   peers: {checkov: [CKV_K8S_117], kics: [etcd_client_certificate_authentication_set_to_false], trivy: [AVD-KCV-0043]}
#   fix: {safety: unsafe, change: "Sets `--client-cert-auth=true` on the etcd command line (or `ETCD_CLIENT_CERT_AUTH` to true, or adds the flag where neither is set); clients without a certificate signed by --trusted-ca-file (which must be set) are refused, the API server included if it has none."}
package srm.kubernetes.controlplane.etcd_client_cert_auth

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# Explicitly off on the command line.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "client-cert-auth", "true", true),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "etcd")
	some o in cmd.bool_flag(c.container, "client-cert-auth")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs etcd with --client-cert-auth=%s, so clients are not authenticated", [c.resource.address, cmd.container_name(c), o.value])
}

# Explicitly off through the environment.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["env", i, "value"]),
	"fix": [{"set": array.concat(c.path, ["env", i, "value"]), "value": "true"}],
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "etcd")
	# The index in the env list itself (not among its objects only): the fix writes there.
	some i, entry in k8s.list_or_empty(object.get(c.container, "env", []))
	is_object(entry)
	entry.name == "ETCD_CLIENT_CERT_AUTH"
	is_string(entry.value)
	cmd.is_false(entry.value)
	msg := sprintf("%s: container %q runs etcd with ETCD_CLIENT_CERT_AUTH=%s, so clients are not authenticated", [c.resource.address, cmd.container_name(c), entry.value])
}

# Not set anywhere (flag, environment, config file): the default is false.
deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "etcd")
	not cmd.has_flag(c.container, "client-cert-auth")
	not cmd.has_flag(c.container, "config-file")
	not _env_set(c.container)
	msg := sprintf("%s: container %q runs etcd without --client-cert-auth=true (the default is false), so clients are not authenticated", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, "etcd", "--client-cert-auth=true"))
}

_env(container) := [entry | some entry in object.get(container, "env", []); is_object(entry)] if is_array(object.get(container, "env", []))

_env(container) := [] if not is_array(object.get(container, "env", []))

_env_set(container) if {
	some entry in _env(container)
	entry.name in {"ETCD_CLIENT_CERT_AUTH", "ETCD_CONFIG_FILE"}
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
