# METADATA
# title: Container runs with AppArmor unconfined
# description: >-
#   AppArmor confines what a container may do with files, mounts, raw sockets and
#   capabilities even after its process is compromised; the runtime's default
#   profile blocks the usual container-escape techniques at no cost for ordinary
#   applications. An Unconfined profile (appArmorProfile.type or the legacy
#   container.apparmor.security.beta.kubernetes.io annotation) switches that layer
#   off, which the baseline Pod Security Standard forbids.
# custom:
#   id: SRM-K8S-POD-014
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Use the runtime's default profile or a profile loaded on the nodes, never
#     Unconfined: `securityContext: {appArmorProfile: {type: RuntimeDefault}}`
#     (or the annotation value `runtime/default` / `localhost/<profile>` before Kubernetes 1.30).
#   frameworks: {pss: [baseline], nist-800-53: [CM-7, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/tutorials/security/apparmor/"
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#   peers: {trivy: [AVD-KSV-0002]}
#   fix: {safety: unsafe, change: "Sets `appArmorProfile.type: RuntimeDefault` where it is Unconfined (pod or container), or the legacy annotation to `runtime/default`; a process that needs what the default profile denies (mounts, writes under /proc or /sys, raw access to some devices) fails."}
package srm.kubernetes.pod.apparmor

import data.srm.lib.kubernetes as k8s

_allowed_types := {"RuntimeDefault", "Localhost"}

# appArmorProfile.type in the pod securityContext.
deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "appArmorProfile", "type"]),
	"fix": _profile_fix(array.concat(pod.path, ["securityContext", "appArmorProfile"]), pod.spec),
} if {
	some pod in k8s.pod_specs
	type := _profile_type(pod.spec)
	not type in _allowed_types
	msg := sprintf("%s: the pod securityContext sets appArmorProfile.type %s, which disables AppArmor confinement", [pod.resource.address, json.marshal(type)])
}

# appArmorProfile.type in a container securityContext.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "appArmorProfile", "type"]),
	"fix": _profile_fix(array.concat(c.path, ["securityContext", "appArmorProfile"]), c.container),
} if {
	some c in k8s.containers
	type := _profile_type(c.container)
	not type in _allowed_types
	msg := sprintf("%s: %s %q sets appArmorProfile.type %s, which disables AppArmor confinement", [c.resource.address, k8s.container_role(c), k8s.container_name(c), json.marshal(type)])
}

# Legacy per-container annotation on the pod (template) metadata.
deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(_metadata_path(pod), ["annotations", key]),
	"fix": [{"set": array.concat(_metadata_path(pod), ["annotations", key]), "value": "runtime/default"}],
} if {
	some pod in k8s.pod_specs
	annotations := object.get(pod.resource.values, array.concat(_metadata_path(pod), ["annotations"]), {})
	is_object(annotations)
	some key, value in annotations
	startswith(key, "container.apparmor.security.beta.kubernetes.io/")
	not _allowed_annotation(value)
	msg := sprintf("%s: annotation %s is %s, so container %q runs without AppArmor confinement", [pod.resource.address, key, json.marshal(value), substring(key, count("container.apparmor.security.beta.kubernetes.io/"), -1)])
}

# The fix of a profile that does not confine: type RuntimeDefault, and a
# localhostProfile (valid only with type Localhost) removed.
_profile_fix(path, obj) := [{"set": array.concat(path, ["type"]), "value": "RuntimeDefault"}] if {
	not "localhostProfile" in object.keys(obj.securityContext.appArmorProfile)
}

_profile_fix(path, obj) := [
	{"set": array.concat(path, ["type"]), "value": "RuntimeDefault"},
	{"remove": array.concat(path, ["localhostProfile"])},
] if {
	"localhostProfile" in object.keys(obj.securityContext.appArmorProfile)
}

_profile_type(obj) := type if {
	sc := object.get(obj, "securityContext", {})
	is_object(sc)
	profile := object.get(sc, "appArmorProfile", null)
	is_object(profile)
	type := object.get(profile, "type", null)
	type != null
}

_allowed_annotation(value) if value == "runtime/default"

_allowed_annotation(value) if {
	is_string(value)
	startswith(value, "localhost/")
}

# The metadata that belongs with a pod spec: the template's, or the Pod's own.
_metadata_path(pod) := array.concat(array.slice(pod.path, 0, count(pod.path) - 1), ["metadata"])
