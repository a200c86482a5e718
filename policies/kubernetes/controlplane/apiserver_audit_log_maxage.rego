# METADATA
# title: kube-apiserver deletes audit logs after less than 30 days
# description: >-
#   --audit-log-maxage makes the API server delete rotated audit log files older
#   than that many days. Intrusions are often found weeks after they start, and
#   investigations and audits need the API history of that whole period; a short
#   value destroys the evidence first. Unset (0) keeps files regardless of age and
#   is not reported; logs shipped to a central store can make a short local value
#   acceptable, which this policy cannot see.
# custom:
#   id: SRM-K8S-APISERVER-006
#   severity: low
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Keep audit log files at least 30 days (longer if your retention policy says
#     so): `- --audit-log-maxage=30`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.17"], nist-800-53: [AU-11]}
#   references:
#     - "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#log-backend"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#   peers: {checkov: [CKV_K8S_92], kics: [audit_log_maxage_not_properly_set], trivy: [AVD-KCV-0020]}
package srm.kubernetes.controlplane.apiserver_audit_log_maxage

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

_minimum := 30

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not _logs_to_stdout(c.container)
	some o in cmd.flag(c.container, "audit-log-maxage")
	days := cmd.int(o.value)
	days > 0
	days < _minimum
	msg := sprintf("%s: container %q deletes audit log files after %d days (--audit-log-maxage=%s, expected at least %d)", [c.resource.address, cmd.container_name(c), days, o.value, _minimum])
}

# The log backend writes to standard output: no files to rotate. An explicit short
# value is still reported without --audit-log-path, because it takes effect as soon
# as the file backend is switched on.
_logs_to_stdout(container) if {
	some o in cmd.flag(container, "audit-log-path")
	o.value == "-"
}
