# METADATA
# title: Pod runs Windows HostProcess containers
# description: >-
#   A Windows HostProcess container runs directly on the node, outside any
#   container isolation, with the node's network and file system and (as SYSTEM or
#   an administrator account) full control of the host. It is the Windows
#   equivalent of a privileged container and is forbidden by the baseline Pod
#   Security Standard.
# custom:
#   id: SRM-K8S-POD-017
#   severity: high
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove hostProcess (or set it to false) at pod and container level and run
#     the workload as an ordinary Windows container:
#     `securityContext: {windowsOptions: {hostProcess: false}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.11"], pss: [baseline], nist-800-53: [AC-6, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#   peers: {trivy: [AVD-KSV-0103]}
#   fix: {safety: unsafe, change: "Sets `securityContext.windowsOptions.hostProcess: false` where it is true (pod or container); node agents that must run on the Windows host (CNI, storage, log collectors) stop working, and their `hostNetwork` and host user settings may need to change too."}
package srm.kubernetes.pod.windows_host_process

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "windowsOptions", "hostProcess"]),
	"fix": [{"set": array.concat(pod.path, ["securityContext", "windowsOptions", "hostProcess"]), "value": false}],
} if {
	some pod in k8s.pod_specs
	object.get(pod.spec, ["securityContext", "windowsOptions", "hostProcess"], false) == true
	msg := sprintf("%s: the pod securityContext sets windowsOptions.hostProcess: true, so its containers run directly on the Windows node", [pod.resource.address])
}

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "windowsOptions", "hostProcess"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "windowsOptions", "hostProcess"]), "value": false}],
} if {
	some c in k8s.containers
	object.get(c.container, ["securityContext", "windowsOptions", "hostProcess"], false) == true
	msg := sprintf("%s: %s %q is a Windows HostProcess container (windowsOptions.hostProcess: true)", [c.resource.address, k8s.container_role(c), k8s.container_name(c)])
}
