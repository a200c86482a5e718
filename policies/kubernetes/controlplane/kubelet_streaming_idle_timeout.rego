# METADATA
# title: Kubelet never closes idle exec, attach and port-forward streams
# description: >-
#   streamingConnectionIdleTimeout (--streaming-connection-idle-timeout) closes
#   kubectl exec, attach and port-forward sessions that have been idle that long
#   (4 hours by default). Set to 0, sessions stay open indefinitely: a forgotten
#   shell or tunnel into a production pod remains usable by whoever gets hold of
#   the terminal or the local port, and abandoned streams pile up on the node
#   until it runs out of resources.
# custom:
#   id: SRM-K8S-KUBELET-005
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Keep a finite idle timeout, the default or shorter:
#     `streamingConnectionIdleTimeout: 5m` in the KubeletConfiguration, or `- --streaming-connection-idle-timeout=5m`.
#   frameworks: {cis-kubernetes-1.9: ["4.2.5"], nist-800-53: [SC-10, AC-12]}
#   references:
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"
#   peers: {checkov: [CKV_K8S_143], trivy: [AVD-KCV-0085]}
package srm.kubernetes.controlplane.kubelet_streaming_idle_timeout

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# The containers that run the kubelet and every KubeletConfiguration are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
}

applies contains r.address if {
	some r in k8s.resources("KubeletConfiguration")
}

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.flag(c.container, "streaming-connection-idle-timeout")
	_zero(o.value)
	msg := sprintf("%s: container %q runs the kubelet with --streaming-connection-idle-timeout=%s, so idle exec, attach and port-forward sessions are never closed", [c.resource.address, cmd.container_name(c), o.value])
}

deny contains {"msg": msg, "resource": r.address, "path": ["streamingConnectionIdleTimeout"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "streamingConnectionIdleTimeout", null)
	_zero(value)
	msg := sprintf("%s: streamingConnectionIdleTimeout is %s, so idle exec, attach and port-forward sessions are never closed", [r.address, json.marshal(value)])
}

# A zero Go duration: 0, 0s, 0m0s, ... (a YAML number 0 too).
_zero(value) if value == 0

_zero(value) if {
	is_string(value)
	regex.match(`^(0+(\.0+)?(h|m|s|ms|us|ns)?)+$`, value)
}
