# METADATA
# title: Container runs in privileged mode
# description: >-
#   A privileged container runs with every Linux capability, sees all host
#   devices and is not confined by seccomp or AppArmor: a compromise of the
#   application is a compromise of the node and of every pod scheduled on it.
#   Kubernetes allows it unless an admission policy forbids it.
# custom:
#   id: SRM-K8S-POD-001
#   severity: critical
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the flag or set it to false in every container, init container and
#     ephemeral container, and grant only the capabilities the process needs:
#     `securityContext: {privileged: false, capabilities: {drop: ["ALL"]}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.2"], pss: [baseline], nist-800-53: [AC-6, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
#   peers: {checkov: [CKV_K8S_16], kics: [container_is_privileged], trivy: [AVD-KSV-0017]}
#   fix: {safety: unsafe, change: "Sets `securityContext.privileged: false` in the container; a workload that needs host devices or every capability (device plugins, CNI or storage agents) stops working."}
package srm.kubernetes.pod.privileged

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "privileged"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "privileged"]), "value": false}],
} if {
	some c in k8s.containers
	object.get(c.container, ["securityContext", "privileged"], false) == true
	msg := sprintf("%s: %s %q runs privileged (securityContext.privileged: true)", [c.resource.address, k8s.container_role(c), k8s.container_name(c)])
}
