# METADATA
# title: kube-apiserver accepts tokens of deleted service accounts
# description: >-
#   With --service-account-lookup=false the API server validates a service
#   account token by its signature alone and does not check that the account
#   (and, for legacy tokens, the Secret holding the token) still exists.
#   Deleting a compromised service account or its token Secret, the first step
#   of containing a leak, then does not revoke anything: the stolen token keeps
#   working until it expires, which for legacy tokens is never. The default is
#   true, so only an explicit false is reported.
# custom:
#   id: SRM-K8S-APISERVER-015
#   severity: medium
#   areas: [iam, incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the flag or set it to true: `- --service-account-lookup=true`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.21"], nist-800-53: [IA-5, AC-2, IR-4]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#service-account-tokens"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_96], trivy: [AVD-KCV-0024]}
#   fix: {safety: safe, change: "Sets `--service-account-lookup=true` (the default) on the kube-apiserver; only tokens of service accounts that were deleted stop working."}
package srm.kubernetes.controlplane.apiserver_service_account_lookup

import data.srm.lib.commandline as cmd

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path),
	"fix": _flag_fix(c, o, "service-account-lookup", "true", true),
} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.bool_flag(c.container, "service-account-lookup")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs kube-apiserver with --service-account-lookup=%s, so tokens of deleted service accounts stay valid", [c.resource.address, cmd.container_name(c), o.value])
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
