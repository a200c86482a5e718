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
package srm.kubernetes.controlplane.apiserver_audit_log_maxbackup

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

_minimum := 10

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
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
