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
package srm.kubernetes.pod.capabilities

import data.srm.lib.kubernetes as k8s

# An added capability other than NET_BIND_SERVICE.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "capabilities", "add", i])} if {
	some c in k8s.containers
	some i, capability in k8s.list_or_empty(object.get(_caps(c), "add", []))
	not _allowed(capability)
	msg := sprintf("%s: %s %q adds capability %s (only NET_BIND_SERVICE may be added)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), json.marshal(capability)])
}

# capabilities.drop does not contain ALL.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "capabilities", "drop"])} if {
	some c in k8s.containers
	drop := object.get(_caps(c), "drop", null)
	not _drops_all(drop)
	msg := sprintf("%s: %s %q does not drop all capabilities (capabilities.drop is %s, expected [\"ALL\"])", [c.resource.address, k8s.container_role(c), k8s.container_name(c), k8s.shown(drop)])
}

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
