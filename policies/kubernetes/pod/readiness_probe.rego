# METADATA
# title: Container has no readiness probe
# description: >-
#   Without a readiness probe a pod receives Service traffic as soon as its
#   containers start, before the application can answer, and keeps receiving it
#   while it is overloaded or has lost a dependency. Rolling updates also carry on
#   over new pods that never become able to serve, so a bad release replaces the
#   good one instead of stalling. Jobs and CronJobs serve no traffic and are not
#   checked.
#   There is no automatic fix: the probe's endpoint and timings are the user's
#   choice.
# custom:
#   id: SRM-K8S-POD-019
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController]}
#   remediation: >-
#     Add a probe that succeeds only when the container can serve, e.g.
#     `readinessProbe: {httpGet: {path: /ready, port: 8080}, periodSeconds: 5}`.
#   frameworks: {nist-800-53: [SI-13, CP-10]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes"
#     - "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes"
#   peers: {checkov: [CKV_K8S_9], kics: [readiness_probe_is_not_configured]}
package srm.kubernetes.pod.readiness_probe

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["readinessProbe"])} if {
	some c in k8s.containers
	c.path[count(c.path) - 2] == "containers"
	not c.resource.type in {"Job", "CronJob"}
	not is_object(object.get(c.container, "readinessProbe", null))
	msg := sprintf("%s: container %q has no readinessProbe", [c.resource.address, object.get(c.container, "name", "<unnamed>")])
}
