# METADATA
# title: Kubelet serves the unauthenticated read-only port
# description: >-
#   The kubelet's read-only port (10255) answers without authentication or
#   authorization with the node's pod specs (environment variables included),
#   metrics and health. Anyone who can reach the node learns what runs there and
#   how it is configured. The command-line default is 10255; a kubelet started
#   with a --config file defaults to 0 unless the file sets readOnlyPort.
# custom:
#   id: SRM-K8S-KUBELET-001
#   severity: medium
#   areas: [network-controls, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Disable the port: `- --read-only-port=0` on the kubelet command, or
#     `readOnlyPort: 0` in the KubeletConfiguration.
#   frameworks: {cis-kubernetes-1.9: ["4.2.4"], nist-800-53: [AC-3, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#   peers: {checkov: [CKV_K8S_141], kics: [kubelet_read_only_port_is_not_set_to_zero]}
package srm.kubernetes.controlplane.kubelet_read_only_port

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# An explicit non-zero port on the kubelet command line.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.flag(c.container, "read-only-port")
	cmd.int(o.value) != 0
	msg := sprintf("%s: container %q runs the kubelet with --read-only-port=%s, an unauthenticated API", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag and no config file: the command-line default 10255 applies.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	not cmd.has_flag(c.container, "read-only-port")
	not cmd.has_flag(c.container, "config")
	msg := sprintf("%s: container %q runs the kubelet without --read-only-port=0 or a --config file, so the read-only port 10255 is open", [c.resource.address, cmd.container_name(c)])
}

# A KubeletConfiguration file with a non-zero readOnlyPort.
deny contains {"msg": msg, "resource": r.address, "path": ["readOnlyPort"]} if {
	some r in k8s.resources("KubeletConfiguration")
	port := object.get(r.values, "readOnlyPort", 0)
	is_number(port)
	port != 0
	msg := sprintf("%s: readOnlyPort is %d, an unauthenticated kubelet API (expected 0)", [r.address, port])
}
