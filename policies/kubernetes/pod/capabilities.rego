# METADATA
# title: Container keeps or adds Linux capabilities
# description: >-
#   Container runtimes grant a default set of capabilities (CHOWN, DAC_OVERRIDE,
#   FOWNER, SETUID, NET_RAW and more) that most applications never use, and
#   capabilities.add can hand out powerful ones such as SYS_ADMIN, NET_ADMIN or
#   SYS_PTRACE. Each one widens what an attacker can do after taking over the
#   process, up to escaping to the node. Dropping ALL and adding back at most
#   NET_BIND_SERVICE is what the restricted Pod Security Standard requires.
# custom:
#   id: SRM-K8S-POD-006
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Drop every capability and add back only NET_BIND_SERVICE when the process
#     binds a port below 1024:
#     `securityContext: {capabilities: {drop: ["ALL"], add: ["NET_BIND_SERVICE"]}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.8", "5.2.9", "5.2.10"], pss: [restricted], nist-800-53: [AC-6, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container"
#   peers: {checkov: [CKV_K8S_25, CKV_K8S_37], kics: [containers_with_added_capabilities, no_drop_capabilities_for_containers], trivy: [AVD-KSV-0003, AVD-KSV-0022, AVD-KSV-0106]}
#   fix: {safety: unsafe, change: "Appends `ALL` to `securityContext.capabilities.drop` and removes every added capability but NET_BIND_SERVICE from `capabilities.add`, in the container; a process that needs a default capability (CHOWN, SETUID, SETGID, NET_RAW, ... e.g. an image that switches user at start) or an added one fails."}
package srm.kubernetes.pod.capabilities

import data.srm.lib.kubernetes as k8s

# An added capability other than NET_BIND_SERVICE.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "capabilities", "add", i]),
	"fix": _add_fix(c),
} if {
	some c in k8s.containers
	some i, capability in k8s.list_or_empty(object.get(_caps(c), "add", []))
	not _allowed(capability)
	msg := sprintf("%s: %s %q adds capability %s (only NET_BIND_SERVICE may be added)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), json.marshal(capability)])
}

# capabilities.drop does not contain ALL.
deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "capabilities", "drop"]),
	"fix": _drop_fix(c, drop),
} if {
	some c in k8s.containers
	drop := object.get(_caps(c), "drop", null)
	not _drops_all(drop)
	msg := sprintf("%s: %s %q does not drop all capabilities (capabilities.drop is %s, expected [\"ALL\"])", [c.resource.address, k8s.container_role(c), k8s.container_name(c), k8s.shown(drop)])
}

# The fix of an added capability: the add list without the capabilities that
# may not be added (one edit for all of them), or no add list when none may stay.
_add_fix(c) := [{"remove": _path(c, "add")}] if count(_kept(c)) == 0

_add_fix(c) := [{"set": _path(c, "add"), "value": _kept(c)}] if count(_kept(c)) > 0

_kept(c) := [capability | some capability in k8s.list_or_empty(object.get(_caps(c), "add", [])); _allowed(capability)]

# The fix of a drop list without ALL: ALL appended (the list created when missing),
# or a list in place of a value that is not one.
_drop_fix(c, drop) := [{"append": _path(c, "drop"), "value": "ALL"}] if drop == null

_drop_fix(c, drop) := [{"append": _path(c, "drop"), "value": "ALL"}] if is_array(drop)

_drop_fix(c, drop) := [{"set": _path(c, "drop"), "value": ["ALL"]}] if {
	drop != null
	not is_array(drop)
}

_path(c, field) := array.concat(c.path, ["securityContext", "capabilities", field])

_allowed(capability) if {
	is_string(capability)
	trim_prefix(upper(capability), "CAP_") == "NET_BIND_SERVICE"
}

_drops_all(drop) if {
	some d in k8s.list_or_empty(drop)
	is_string(d)
	upper(d) == "ALL"
}

_caps(c) := caps if {
	sc := object.get(c.container, "securityContext", {})
	is_object(sc)
	caps := object.get(sc, "capabilities", {})
	is_object(caps)
} else := {}
