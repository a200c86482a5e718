# METADATA
# title: kube-apiserver request timeout is longer than 5 minutes
# description: >-
#   --request-timeout bounds how long the API server keeps a non-watch request
#   open (60 seconds by default). Raising it far beyond that lets slow or
#   deliberately stalled clients hold connections, goroutines and memory for
#   a long time, so a handful of callers can exhaust the API server's
#   in-flight request limits and lock everyone out, operators responding to an
#   incident included. Values above 5 minutes are reported; the default is not.
# custom:
#   id: SRM-K8S-APISERVER-012
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Keep the default or a value that slow links really need, at most a few
#     minutes: `- --request-timeout=60s` (remove the flag to use the default).
#   frameworks: {cis-kubernetes-1.9: ["1.2.20"], nist-800-53: [SC-5, SC-10]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://kubernetes.io/docs/concepts/cluster-administration/flow-control/"
#   peers: {checkov: [CKV_K8S_95], kics: [request_timeout_not_properly_set]}
package srm.kubernetes.controlplane.apiserver_request_timeout

import data.srm.lib.commandline as cmd

_maximum := 300

_units := {"h": 3600, "m": 60, "s": 1}

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "request-timeout")
	seconds := _seconds(o.value)
	seconds > _maximum
	msg := sprintf("%s: container %q runs kube-apiserver with --request-timeout=%s (%v seconds, more than %d), so stalled requests can hold the API server's capacity", [c.resource.address, cmd.container_name(c), o.value, seconds, _maximum])
}

# A timeout left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "request-timeout")
	contains(o.value, "${")
}

# A Go duration made of hours, minutes and seconds (1h, 5m30s, 90s) in seconds; undefined for other forms.
_seconds(value) := sum(parts) if {
	regex.match(`^(\d+(\.\d+)?(h|m|s))+$`, value)
	parts := [seconds |
		some m in regex.find_all_string_submatch_n(`(\d+(\.\d+)?)(h|m|s)`, value, -1)
		seconds := to_number(m[1]) * _units[m[3]]
	]
}
