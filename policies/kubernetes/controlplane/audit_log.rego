# METADATA
# title: kube-apiserver runs without audit logging
# description: >-
#   Without --audit-log-path (or an audit webhook) the API server keeps no record
#   of who read or changed what in the cluster: secret reads, RBAC changes, exec
#   into pods and deletions leave no trace, so an intrusion can be neither
#   detected nor investigated. On self-managed control planes the static pod
#   manifest of kube-apiserver is where auditing is switched on.
#   There is no automatic fix: the audit policy file, the log path and the
#   volume that holds the logs are the user's to choose.
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
#   peers: {checkov: [CKV_K8S_91], kics: [audit_log_path_not_set], trivy: [AVD-KCV-0019]}
package srm.kubernetes.controlplane.audit_log

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["command"])} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not _audit_log_enabled(c.container)
	msg := sprintf("%s: container %q runs kube-apiserver without --audit-log-path, so API requests are not audited", [c.resource.address, cmd.container_name(c)])
}

# `--audit-log-path=PATH` or `--audit-log-path PATH`, in items or a shell string;
# `-` (standard output) counts, an empty `--audit-log-path=` does not.
_audit_log_enabled(container) if {
	some o in cmd.flag(container, "audit-log-path")
	o.value != ""
}

# Audit events sent to a webhook backend count as audited too.
_audit_log_enabled(container) if {
	some o in cmd.flag(container, "audit-webhook-config-file")
	o.value != ""
}
