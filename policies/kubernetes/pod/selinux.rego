# METADATA
# title: Pod sets a custom SELinux type, user or role
# description: >-
#   On SELinux nodes the runtime labels every container with the container_t type,
#   which keeps it away from host files and from other containers even when it
#   runs as root. Setting seLinuxOptions.type to another type (spc_t, unconfined_t)
#   or overriding the SELinux user or role lifts that confinement. The baseline Pod
#   Security Standard allows only container_t, container_init_t, container_kvm_t and
#   container_engine_t, and no custom user or role.
# custom:
#   id: SRM-K8S-POD-015
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove seLinuxOptions.type, user and role (keep only a level if you need MCS
#     separation): `securityContext: {seLinuxOptions: {level: "s0:c123,c456"}}`.
#   frameworks: {pss: [baseline], nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#assign-selinux-labels-to-a-container"
#   peers: {trivy: [AVD-KSV-0025]}
#   fix: {safety: unsafe, change: "Removes the custom `seLinuxOptions.type`, `user` or `role` (pod or container), so the runtime labels the container container_t; a workload that needs host access through spc_t or another type (node agents, storage drivers) is denied it."}
package srm.kubernetes.pod.selinux

import data.srm.lib.kubernetes as k8s

_allowed_types := {"container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# Pod-level and container-level seLinuxOptions: {"owner", "path", "options"}.
_options contains {"resource": pod.resource, "who": "the pod securityContext", "path": array.concat(pod.path, ["securityContext", "seLinuxOptions"]), "options": options} if {
	some pod in k8s.pod_specs
	options := _selinux(pod.spec)
}

_options contains {"resource": c.resource, "who": sprintf("%s %q", [k8s.container_role(c), k8s.container_name(c)]), "path": array.concat(c.path, ["securityContext", "seLinuxOptions"]), "options": options} if {
	some c in k8s.containers
	options := _selinux(c.container)
}

deny contains {
	"msg": msg, "resource": o.resource.address, "path": array.concat(o.path, ["type"]),
	"fix": [{"remove": array.concat(o.path, ["type"])}],
} if {
	some o in _options
	type := object.get(o.options, "type", "")
	type != ""
	type != null
	not type in _allowed_types
	msg := sprintf("%s: %s sets SELinux type %s (allowed: container_t, container_init_t, container_kvm_t, container_engine_t)", [o.resource.address, o.who, json.marshal(type)])
}

deny contains {
	"msg": msg, "resource": o.resource.address, "path": array.concat(o.path, [field]),
	"fix": [{"remove": array.concat(o.path, [field])}],
} if {
	some o in _options
	some field in ["user", "role"]
	value := object.get(o.options, field, "")
	value != ""
	value != null
	msg := sprintf("%s: %s sets a custom SELinux %s (%s)", [o.resource.address, o.who, field, json.marshal(value)])
}

_selinux(obj) := options if {
	sc := object.get(obj, "securityContext", {})
	is_object(sc)
	options := object.get(sc, "seLinuxOptions", null)
	is_object(options)
}
