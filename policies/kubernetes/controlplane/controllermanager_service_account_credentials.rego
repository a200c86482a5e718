# METADATA
# title: kube-controller-manager runs all controllers with one shared credential
# description: >-
#   Unless --use-service-account-credentials is true, all controllers of the
#   controller manager (deployment, job, namespace, garbage collector, token
#   and others) act with the controller manager's single identity, which the
#   default RBAC roles must then grant the union of their rights. A flaw in any
#   one controller can use all of them, and audit logs cannot tell which
#   controller did what. The flag defaults to false; kubeadm sets it.
# custom:
#   id: SRM-K8S-CONTROLLERMANAGER-001
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Give each controller its own service account (the default
#     system:controller:* roles are ready for it): `- --use-service-account-credentials=true`.
#   frameworks: {cis-kubernetes-1.9: ["1.3.3"], nist-800-53: [AC-6, AU-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/"
#   peers: {checkov: [CKV_K8S_108], kics: [use_service_account_credentials_not_set_to_true], trivy: [AVD-KCV-0035]}
#   fix: {safety: unsafe, change: "Sets `--use-service-account-credentials=true` on the kube-controller-manager (rewriting the flag, or adding it); each controller then acts as its own service account, which the authorizer must allow (the default system:controller:* RBAC roles do; a custom or webhook authorizer may not)."}
package srm.kubernetes.controlplane.controllermanager_service_account_credentials

import data.srm.lib.commandline as cmd

_binary := "kube-controller-manager"

# Only the containers that run kube-controller-manager are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
}

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "use-service-account-credentials", "true", true),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.bool_flag(c.container, "use-service-account-credentials")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs kube-controller-manager with --use-service-account-credentials=%s, so every controller acts with one shared credential", [c.resource.address, cmd.container_name(c), o.value])
}

deny contains result if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	not cmd.has_flag(c.container, "use-service-account-credentials")
	msg := sprintf("%s: container %q runs kube-controller-manager without --use-service-account-credentials=true (the default is false), so every controller acts with one shared credential", [c.resource.address, cmd.container_name(c)])
	result := _with_fix({"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)}, _append_fix(c, _binary, "--use-service-account-credentials=true"))
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
