# METADATA
# title: Kubelet does not protect the kernel settings it depends on
# description: >-
#   The kubelet expects a few kernel tunables (vm.overcommit_memory,
#   vm.panic_on_oom, kernel.panic, kernel.panic_on_oops, kernel.keys.*) to have
#   the values its resource management and eviction are designed for. Unless
#   protectKernelDefaults is true it silently rewrites them at start, hiding a
#   node image that drifted from its hardened baseline; with it, the kubelet
#   refuses to start on a node whose kernel settings differ, so the drift is
#   fixed in the image instead. Both the flag and the configuration field
#   default to false.
# custom:
#   id: SRM-K8S-KUBELET-004
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Set the kernel parameters in the node image and have the kubelet check them:
#     `protectKernelDefaults: true` in the KubeletConfiguration, or `- --protect-kernel-defaults=true`.
#   frameworks: {cis-kubernetes-1.24: ["4.2.6"], nist-800-53: [CM-6, CM-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/"
#   peers: {checkov: [CKV_K8S_144], kics: [kubelet_protect_kernel_defaults_set_to_false], trivy: [AVD-KCV-0083]}
package srm.kubernetes.controlplane.kubelet_protect_kernel_defaults

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

# Explicitly off on the command line.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	some o in cmd.bool_flag(c.container, "protect-kernel-defaults")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs the kubelet with --protect-kernel-defaults=%s, so it rewrites kernel settings that differ from its defaults instead of refusing to start", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag and no config file: the default false applies.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	not cmd.has_flag(c.container, "protect-kernel-defaults")
	not cmd.has_flag(c.container, "config")
	msg := sprintf("%s: container %q runs the kubelet without --protect-kernel-defaults=true or a --config file (the default is false)", [c.resource.address, cmd.container_name(c)])
}

# A KubeletConfiguration without protectKernelDefaults: true.
deny contains {"msg": msg, "resource": r.address, "path": ["protectKernelDefaults"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "protectKernelDefaults", null)
	value in {null, false}
	msg := sprintf("%s: protectKernelDefaults is %s (the default is false), so the kubelet rewrites kernel settings that differ from its defaults instead of refusing to start", [r.address, k8s.shown(value)])
}

# A value left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["protectKernelDefaults"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "protectKernelDefaults", null)
	is_string(value)
	contains(value, "${")
}
