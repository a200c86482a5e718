# METADATA
# title: Container allows privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process in the container can gain
#   more privileges than its parent through setuid or setgid binaries and file
#   capabilities (the kernel's no_new_privs flag stays off). An attacker with code
#   execution in the container can then become root inside it and widen the path
#   to the node. Kubernetes defaults to allowing escalation.
# custom:
#   id: SRM-K8S-POD-002
#   severity: high
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Set it explicitly to false in every container, init container and ephemeral
#     container: `securityContext: {allowPrivilegeEscalation: false}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.6"], pss: [restricted], nist-800-53: [AC-6, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
#   peers: {checkov: [CKV_K8S_20], kics: [privilege_escalation_allowed], trivy: [AVD-KSV-0001]}
#   fix: {safety: unsafe, change: "Sets `securityContext.allowPrivilegeEscalation: false` in the container; programs that gain privileges through setuid binaries or file capabilities (sudo, su, some ping builds) fail, and the API server rejects it together with `privileged: true` or an added SYS_ADMIN."}
package srm.kubernetes.pod.privilege_escalation

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "allowPrivilegeEscalation"]), "value": false}],
} if {
	some c in k8s.containers
	_real_container(c)
	value := object.get(c.container, ["securityContext", "allowPrivilegeEscalation"], null)
	value != false
	msg := sprintf("%s: %s %q allows privilege escalation (securityContext.allowPrivilegeEscalation is %s, expected false)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), k8s.shown(value)])
}

# Only objects inside a containers/initContainers/ephemeralContainers list are
# containers: k8s.containers also iterates the values of a malformed field that
# is a mapping (`containers: {app: {...}}`), which must not be judged.
_real_container(c) if {
	is_array(object.get(c.pod_spec, c.path[count(c.path) - 2], null))
	is_object(c.container)
}
