# METADATA
# title: kube-apiserver runs without audit logging
# description: >-
#   Without --audit-log-path (or an audit webhook) the API server keeps no record
#   of who read or changed what in the cluster: secret reads, RBAC changes, exec
#   into pods and deletions leave no trace, so an intrusion can be neither
#   detected nor investigated. On self-managed control planes the static pod
#   manifest of kube-apiserver is where auditing is switched on.
# custom:
#   id: SRM-K8S-APISERVER-001
#   severity: high
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Add the audit flags to the kube-apiserver command, with an audit policy file
#     and a mounted log directory: `- --audit-log-path=/var/log/kubernetes/audit/audit.log`,
#     `- --audit-policy-file=/etc/kubernetes/audit-policy.yaml`, `- --audit-log-maxage=30`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.16"], nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
package srm.kubernetes.controlplane.audit_log

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["command"])} if {
	some c in k8s.containers
	_runs_apiserver(c.container)
	not _audit_log_enabled(c.container)
	msg := sprintf("%s: container %q runs kube-apiserver without --audit-log-path, so API requests are not audited", [c.resource.address, object.get(c.container, "name", "<unnamed>")])
}

_words(container) := array.concat(_strings(object.get(container, "command", [])), _strings(object.get(container, "args", [])))

_strings(value) := [s | some s in value; is_string(s)] if is_array(value)

_strings(value) := [] if not is_array(value)

# kube-apiserver as a command word (also `/usr/local/bin/kube-apiserver` or inside `sh -c "..."`).
_runs_apiserver(container) if {
	some word in _words(container)
	regex.match(`(^|[ \t\n/])kube-apiserver([ \t\n]|$)`, word)
}

# No command: the image's entrypoint is kube-apiserver (registry.k8s.io/kube-apiserver:v1.30.0).
_runs_apiserver(container) if {
	count(_strings(object.get(container, "command", []))) == 0
	image := object.get(container, "image", "")
	is_string(image)
	regex.match(`(^|/)kube-apiserver([:@]|$)`, image)
}

# `--audit-log-path=PATH` in one word, `--audit-log-path PATH` in one shell word,
# or `--audit-log-path` followed by a non-empty word.
_audit_log_enabled(container) if {
	some word in _words(container)
	regex.match(`(^|[ \t\n])--audit-log-path(=|[ \t\n]+)[^ \t\n]`, word)
}

_audit_log_enabled(container) if {
	words := _words(container)
	some i, word in words
	trim_space(word) == "--audit-log-path"
	trim_space(words[i + 1]) != ""
}

# Audit events sent to a webhook backend count as audited too.
_audit_log_enabled(container) if {
	some word in _words(container)
	regex.match(`(^|[ \t\n])--audit-webhook-config-file(=|[ \t\n]+)[^ \t\n]`, word)
}
