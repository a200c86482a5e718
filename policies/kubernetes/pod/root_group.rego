# METADATA
# title: Pod or container runs with the root group (GID 0)
# description: >-
#   runAsGroup 0 makes the root group the process's primary group, fsGroup 0 hands
#   the pod's volumes to the root group and a 0 in supplementalGroups adds it to
#   every process. Files that images and hosts leave group-owned by root (binaries,
#   configuration, mounted host or shared volumes) then become readable or writable
#   by the workload, widening what an attacker can change after taking it over.
#   There is no automatic fix: the non-root group to use is the user's choice,
#   and a fix cannot take one entry out of supplementalGroups.
# custom:
#   id: SRM-K8S-POD-018
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Use a non-zero group for the process, the volumes and the supplemental groups:
#     `securityContext: {runAsGroup: 10001, fsGroup: 10001, supplementalGroups: [10001]}`.
#   frameworks: {nist-800-53: [AC-6, CM-6]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
#     - "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context"
#   peers: {trivy: [AVD-KSV-0116]}
package srm.kubernetes.pod.root_group

import data.srm.lib.kubernetes as k8s

# runAsGroup: 0 on a container.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "runAsGroup"])} if {
	some c in k8s.containers
	_sc(c.container).runAsGroup == 0
	msg := sprintf("%s: %s %q runs with the root group (securityContext.runAsGroup: 0)", [c.resource.address, k8s.container_role(c), k8s.container_name(c)])
}

# runAsGroup: 0 on the pod, inherited by containers that do not override it.
deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "runAsGroup"])} if {
	some pod in k8s.pod_specs
	_sc(pod.spec).runAsGroup == 0
	names := {k8s.container_name(c) |
		some key in k8s.pod_containers[[pod.resource.address, pod.path]]
		c := k8s.containers[key]
		not "runAsGroup" in object.keys(_sc(c.container))
	}
	count(names) > 0
	msg := sprintf("%s: the pod securityContext sets runAsGroup: 0, so container(s) %s run with the root group", [pod.resource.address, concat(", ", [sprintf("%q", [n]) | some n in sort(names)])])
}

# fsGroup: 0 gives the pod's volumes to the root group.
deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "fsGroup"])} if {
	some pod in k8s.pod_specs
	_sc(pod.spec).fsGroup == 0
	msg := sprintf("%s: the pod securityContext sets fsGroup: 0, so its volumes are owned by the root group", [pod.resource.address])
}

# 0 in supplementalGroups adds the root group to every container process.
deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "supplementalGroups", i])} if {
	some pod in k8s.pod_specs
	groups := object.get(_sc(pod.spec), "supplementalGroups", [])
	is_array(groups)
	some i, gid in groups
	gid == 0
	msg := sprintf("%s: the pod securityContext lists the root group (0) in supplementalGroups", [pod.resource.address])
}

_sc(obj) := sc if {
	sc := object.get(obj, "securityContext", {})
	is_object(sc)
} else := {}
