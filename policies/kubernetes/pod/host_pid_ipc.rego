# METADATA
# title: Pod shares the host PID or IPC namespace
# description: >-
#   With hostPID true the pod sees every process on the node, can read their
#   environment and memory through /proc and signal them; with hostIPC true it
#   can read and write the node's shared memory segments and message queues. Both
#   break the isolation between the workload and the node's other pods and
#   daemons.
# custom:
#   id: SRM-K8S-POD-005
#   severity: high
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove both fields or set them to false in the pod spec:
#     `spec: {hostPID: false, hostIPC: false}`.
#   frameworks: {cis-kubernetes-1.9: ["5.2.3", "5.2.4"], pss: [baseline], nist-800-53: [SC-39, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/concepts/security/linux-kernel-security-constraints/"
#   peers: {checkov: [CKV_K8S_17, CKV_K8S_18], kics: [shared_host_pid_namespace, shared_host_ipc_namespace], trivy: [AVD-KSV-0008, AVD-KSV-0010]}
#   fix: {safety: unsafe, change: "Sets `hostPID: false` or `hostIPC: false` in the pod spec; monitoring and debugging agents that inspect node processes or share memory with host processes stop working."}
package srm.kubernetes.pod.host_pid_ipc

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, [field]),
	"fix": [{"set": array.concat(pod.path, [field]), "value": false}],
} if {
	some pod in k8s.pod_specs
	some field, namespace in {"hostPID": "process ID", "hostIPC": "IPC"}
	object.get(pod.spec, field, false) == true
	msg := sprintf("%s: the pod shares the host %s namespace (%s: true)", [pod.resource.address, namespace, field])
}
