# METADATA
# title: Container has no CPU or memory request
# description: >-
#   The scheduler places pods by their requests: a container that requests nothing
#   (and has no limit the request could default to) is scheduled as if it needed
#   nothing, so nodes get overcommitted, and its pod falls into the BestEffort or
#   Burstable class that the kubelet evicts first under memory pressure. Outages
#   then come from neighbours or load spikes, not from the workload itself.
#   Kubernetes copies a limit into a missing request, so a set limit counts.
#   There is no automatic fix: the requests depend on the workload and are the
#   user's choice.
# custom:
#   id: SRM-K8S-POD-020
#   severity: low
#   areas: [incident-response, guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Request the CPU and memory the container needs at its usual load:
#     `resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}`.
#   frameworks: {nist-800-53: [SC-5, SC-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits"
#     - "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/"
#   peers: {checkov: [CKV_K8S_10, CKV_K8S_12], kics: [cpu_requests_not_set, memory_requests_not_defined], trivy: [AVD-KSV-0015, AVD-KSV-0016]}
package srm.kubernetes.pod.resource_requests

import data.srm.lib.kubernetes as k8s

# Ephemeral containers cannot have resources, so only containers and init containers.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["resources", "requests"])} if {
	some c in k8s.containers
	field := c.path[count(c.path) - 2]
	field in {"containers", "initContainers"}
	missing := [key |
		some key in ["cpu", "memory"]
		not _set(_section(c.container, "requests"), key)
		not _set(_section(c.container, "limits"), key)
	]
	count(missing) > 0
	msg := sprintf("%s: %s %q requests no %s (resources.requests.%s not set, and no limit to default it from)", [c.resource.address, _role[field], object.get(c.container, "name", "<unnamed>"), concat(" and no ", missing), concat(", resources.requests.", missing)])
}

_set(section, key) if {
	value := section[key]
	value != null
	value != ""
}

_section(container, name) := section if {
	resources := object.get(container, "resources", {})
	is_object(resources)
	section := object.get(resources, name, {})
	is_object(section)
} else := {}

_role := {"containers": "container", "initContainers": "init container"}
