# METADATA
# title: Container has no liveness probe
# description: >-
#   Without a liveness probe the kubelet only notices a container that has exited:
#   a process that hangs, deadlocks or stops serving keeps its pod Running and
#   keeps receiving traffic until someone notices. A liveness probe lets the
#   cluster detect the failure and restart the container on its own. Jobs and
#   CronJobs run to completion and are not checked.
#   There is no automatic fix: the probe's endpoint and timings are the user's
#   choice.
# custom:
#   id: SRM-K8S-POD-009
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController]}
#   remediation: >-
#     Add a probe that fails when the application can no longer serve, e.g.
#     `livenessProbe: {httpGet: {path: /healthz, port: 8080}, periodSeconds: 10}`.
#   frameworks: {nist-800-53: [SI-13, CP-10]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
#     - "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes"
#   peers: {checkov: [CKV_K8S_8], kics: [liveness_probe_is_not_defined]}
package srm.kubernetes.pod.liveness_probe

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["livenessProbe"])} if {
	some c in k8s.containers
	c.path[count(c.path) - 2] == "containers"
	not c.resource.type in {"Job", "CronJob"}
	not _has_probe(c.container)
	msg := sprintf("%s: container %q has no livenessProbe", [c.resource.address, object.get(c.container, "name", "<unnamed>")])
}

_has_probe(container) if is_object(container.livenessProbe)
