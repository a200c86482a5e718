# METADATA
# title: Pod shares one process namespace between its containers
# description: >-
#   With shareProcessNamespace every container of the pod sees the processes of
#   the others, can signal them and, through /proc/<pid>/root and
#   /proc/<pid>/environ, read their files and environment variables: the secrets
#   and tokens of a sidecar become readable from the application container and
#   the reverse. A compromise of the least trusted container then reaches all of
#   them. It is meant for short debugging sessions, not for running workloads.
# custom:
#   id: SRM-K8S-POD-022
#   severity: low
#   areas: [guest-os, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the field (the default is false) and share data between containers
#     through a volume: `spec: {shareProcessNamespace: false}`.
#   frameworks: {nist-800-53: [SC-39, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/"
#     - "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#hosts-namespaces"
#   fix: {safety: unsafe, change: "Sets `shareProcessNamespace: false` in the pod spec; a sidecar that signals or inspects the processes of another container (log rotation, config reload, debugging) stops working."}
package srm.kubernetes.pod.share_process_namespace

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["shareProcessNamespace"]),
	"fix": [{"set": array.concat(pod.path, ["shareProcessNamespace"]), "value": false}],
} if {
	some pod in k8s.pod_specs
	object.get(pod.spec, "shareProcessNamespace", false) == true
	names := sort({k8s.container_name(c) |
		some key in k8s.pod_containers[[pod.resource.address, pod.path]]
		c := k8s.containers[key]
	})
	msg := sprintf("%s: shareProcessNamespace is true, so the containers %s see, signal and read the processes, files and environment of each other", [pod.resource.address, _names(names)])
}

_names(names) := concat(", ", [sprintf("%q", [n]) | some n in names]) if count(names) > 0

_names(names) := "of the pod" if count(names) == 0
