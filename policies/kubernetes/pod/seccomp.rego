# METADATA
# title: Container runs without a seccomp profile
# description: >-
#   Unless a seccomp profile is set, Kubernetes runs containers Unconfined: every
#   system call of the kernel is reachable from the container, including the rarely
#   used ones behind most container-escape exploits. The runtime's default profile
#   (RuntimeDefault) blocks them at no cost for ordinary applications; Unconfined
#   turns the filter off explicitly.
# custom:
#   id: SRM-K8S-POD-008
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Set the runtime's default profile in the pod securityContext (containers
#     inherit it) or use a Localhost profile; never Unconfined:
#     `securityContext: {seccompProfile: {type: RuntimeDefault}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.7.2"], pss: [baseline, restricted], nist-800-53: [CM-7, SC-39]}
#   references:
#     - "https://kubernetes.io/docs/tutorials/security/seccomp/"
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
#   peers: {checkov: [CKV_K8S_31], kics: [seccomp_profile_is_not_configured], trivy: [AVD-KSV-0030, AVD-KSV-0104]}
#   fix: {safety: unsafe, change: "Sets `seccompProfile.type: RuntimeDefault` where the profile is missing (in the container) or does not confine (where it is set); a process that makes system calls the runtime default profile blocks (mount, unshare, ptrace, keyctl, ...) fails."}
package srm.kubernetes.pod.seccomp

import data.srm.lib.kubernetes as k8s

# The container's own profile is not RuntimeDefault or Localhost.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "seccompProfile", "type"]),
	"fix": _profile_fix(array.concat(c.path, ["securityContext", "seccompProfile"]), _sc(c.container).seccompProfile),
} if {
	some c in k8s.containers
	"seccompProfile" in object.keys(_sc(c.container))
	type := _type(_sc(c.container).seccompProfile)
	not _confined(type)
	msg := sprintf("%s: %s %q does not confine system calls (seccompProfile.type is %s, expected RuntimeDefault or Localhost)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), k8s.shown(type)])
}

# The pod's profile is not RuntimeDefault or Localhost and containers inherit it.
deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "seccompProfile", "type"]),
	"fix": _profile_fix(array.concat(pod.path, ["securityContext", "seccompProfile"]), _sc(pod.spec).seccompProfile),
} if {
	some pod in k8s.pod_specs
	"seccompProfile" in object.keys(_sc(pod.spec))
	type := _type(_sc(pod.spec).seccompProfile)
	not _confined(type)
	names := {k8s.container_name(c) |
		some key in k8s.pod_containers[[pod.resource.address, pod.path]]
		c := k8s.containers[key]
		not "seccompProfile" in object.keys(_sc(c.container))
	}
	count(names) > 0
	msg := sprintf("%s: the pod seccompProfile.type is %s, so container(s) %s run without system-call filtering", [pod.resource.address, k8s.shown(type), _list(names)])
}

# No profile at container or pod level.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "seccompProfile"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "seccompProfile", "type"]), "value": "RuntimeDefault"}],
} if {
	some c in k8s.containers
	not "seccompProfile" in object.keys(_sc(c.container))
	not "seccompProfile" in object.keys(_sc(c.pod_spec))
	msg := sprintf("%s: %s %q has no seccomp profile at container or pod level (Unconfined unless the kubelet runs with --seccomp-default)", [c.resource.address, k8s.container_role(c), k8s.container_name(c)])
}

# The fix of a profile that does not confine: type RuntimeDefault (a
# localhostProfile, valid only with type Localhost, removed), or a whole profile
# in place of a value that is not a mapping.
_profile_fix(path, profile) := [{"set": array.concat(path, ["type"]), "value": "RuntimeDefault"}] if {
	is_object(profile)
	not "localhostProfile" in object.keys(profile)
}

_profile_fix(path, profile) := [
	{"set": array.concat(path, ["type"]), "value": "RuntimeDefault"},
	{"remove": array.concat(path, ["localhostProfile"])},
] if {
	is_object(profile)
	"localhostProfile" in object.keys(profile)
}

_profile_fix(path, profile) := [{"set": path, "value": {"type": "RuntimeDefault"}}] if not is_object(profile)

_confined(type) if type in {"RuntimeDefault", "Localhost"}

_type(profile) := object.get(profile, "type", null) if is_object(profile)

_type(profile) := null if not is_object(profile)

_sc(obj) := sc if {
	sc := object.get(obj, "securityContext", {})
	is_object(sc)
} else := {}

_list(names) := concat(", ", [sprintf("%q", [n]) | some n in sort(names)])
