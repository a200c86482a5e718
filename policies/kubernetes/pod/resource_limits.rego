# METADATA
# title: Container has no CPU or memory limit
# description: >-
#   A container without a memory limit can consume all the memory of its node and
#   get its neighbours OOM-killed; without a CPU limit it can starve them of CPU.
#   A compromised or runaway workload (a leak, a crypto miner, a request flood)
#   then becomes an outage of everything scheduled on the same node. Kubernetes
#   sets no limits unless a LimitRange in the namespace provides defaults.
#   There is no automatic fix: the limits depend on the workload and are the
#   user's choice.
# custom:
#   id: SRM-K8S-POD-010
#   severity: low
#   areas: [guest-os, incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Give every container and init container requests and limits sized from
#     observed usage: `resources: {requests: {cpu: 100m, memory: 128Mi}, limits:
#     {cpu: 500m, memory: 256Mi}}`.
#   frameworks: {nist-800-53: [SC-5, SC-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
#     - "https://kubernetes.io/docs/concepts/policy/limit-range/"
#   peers: {checkov: [CKV_K8S_11, CKV_K8S_13], kics: [cpu_limits_not_set, memory_limits_not_defined], trivy: [AVD-KSV-0011, AVD-KSV-0018]}
package srm.kubernetes.pod.resource_limits

import data.srm.lib.kubernetes as k8s

# Ephemeral containers cannot have resources, so only containers and init containers.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["resources", "limits"])} if {
	some c in k8s.containers
	field := c.path[count(c.path) - 2]
	field in {"containers", "initContainers"}
	limits := _limits(c.container)
	missing := [key | some key in ["cpu", "memory"]; not _set(limits, key)]
	count(missing) > 0
	msg := sprintf("%s: %s %q sets no %s limit (resources.limits.%s not set)", [c.resource.address, _role[field], object.get(c.container, "name", "<unnamed>"), concat(" and ", missing), concat(", resources.limits.", missing)])
}

_set(limits, key) if {
	value := limits[key]
	value != null
	value != ""
}

_limits(container) := limits if {
	resources := object.get(container, "resources", {})
	is_object(resources)
	limits := object.get(resources, "limits", {})
	is_object(limits)
} else := {}

_role := {"containers": "container", "initContainers": "init container"}
