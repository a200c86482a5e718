# METADATA
# title: Container may run as root
# description: >-
#   Without runAsNonRoot true (or a non-zero runAsUser) at container or pod
#   level, the container runs as whatever user its image declares, which is root
#   for most images; runAsUser 0 asks for root explicitly. Root inside the
#   container owns its files, can use every capability it keeps and is one
#   kernel or runtime bug away from root on the node. A missing or false
#   runAsNonRoot is fixed automatically; runAsUser 0 is not, because the non-root
#   UID to run as is the user's choice.
# custom:
#   id: SRM-K8S-POD-003
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Require a non-root user at pod level (containers inherit it) or per
#     container, and never ask for UID 0:
#     `securityContext: {runAsNonRoot: true, runAsUser: 10001}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.7"], pss: [restricted], nist-800-53: [AC-6, CM-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
#   peers: {checkov: [CKV_K8S_23], kics: [containers_running_as_root], trivy: [AVD-KSV-0012, AVD-KSV-0105]}
#   fix: {safety: unsafe, change: "Sets `securityContext.runAsNonRoot: true` where it is missing or false (in the container, or in the pod when containers inherit it); a container whose image runs as root (or as a non-numeric user) is then refused by the kubelet until it gets a non-root `runAsUser`."}
package srm.kubernetes.pod.run_as_root

import data.srm.lib.kubernetes as k8s

# runAsUser: 0 set on the container itself.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "runAsUser"])} if {
	some c in k8s.containers
	_sc(c.container).runAsUser == 0
	msg := sprintf("%s: %s %q runs as root (securityContext.runAsUser: 0)", [c.resource.address, k8s.container_role(c), k8s.container_name(c)])
}

# runAsUser: 0 set on the pod and inherited by containers that do not override it.
deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "runAsUser"])} if {
	some pod in k8s.pod_specs
	_sc(pod.spec).runAsUser == 0
	names := {k8s.container_name(c) |
		some key in k8s.pod_containers[[pod.resource.address, pod.path]]
		c := k8s.containers[key]
		not "runAsUser" in object.keys(_sc(c.container))
	}
	count(names) > 0
	msg := sprintf("%s: the pod securityContext sets runAsUser: 0, so container(s) %s run as root", [pod.resource.address, _list(names)])
}

# Non-root is not required: report where runAsNonRoot is (or should be) set.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "runAsNonRoot"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "runAsNonRoot"]), "value": true}],
} if {
	some c in k8s.containers
	_may_be_root(c)
	not _pod_level_non_root_explicit(c)
	value := object.get(_sc(c.container), "runAsNonRoot", null)
	msg := sprintf("%s: %s %q may run as root (runAsNonRoot is %s at container level, %s at pod level, and no non-zero runAsUser)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), k8s.shown(value), k8s.shown(object.get(_sc(c.pod_spec), "runAsNonRoot", null))])
}

# runAsNonRoot explicitly not true on the pod, inherited by containers that do not override it.
deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "runAsNonRoot"]),
	"fix": [{"set": array.concat(pod.path, ["securityContext", "runAsNonRoot"]), "value": true}],
} if {
	some pod in k8s.pod_specs
	value := _sc(pod.spec).runAsNonRoot
	value != true
	names := {k8s.container_name(c) |
		some key in k8s.pod_containers[[pod.resource.address, pod.path]]
		c := k8s.containers[key]
		_may_be_root(c)
		_pod_level_non_root_explicit(c)
	}
	count(names) > 0
	msg := sprintf("%s: the pod securityContext sets runAsNonRoot: %s, so container(s) %s may run as root", [pod.resource.address, json.marshal(value), _list(names)])
}

# The container does not set runAsNonRoot and inherits an explicit value from the pod.
_pod_level_non_root_explicit(c) if {
	not "runAsNonRoot" in object.keys(_sc(c.container))
	"runAsNonRoot" in object.keys(_sc(c.pod_spec))
}

# Root is possible: no effective runAsNonRoot true and no effective numeric
# runAsUser (0 is reported by the rules above, a positive UID is not root).
_may_be_root(c) if {
	_effective(c, "runAsNonRoot") != true
	not is_number(_effective(c, "runAsUser"))
}

# The container's value of `key`, else the pod's, else null.
_effective(c, key) := object.get(_sc(c.container), key, object.get(_sc(c.pod_spec), key, null))

_sc(obj) := sc if {
	sc := object.get(obj, "securityContext", {})
	is_object(sc)
} else := {}

_list(names) := concat(", ", [sprintf("%q", [n]) | some n in sort(names)])
