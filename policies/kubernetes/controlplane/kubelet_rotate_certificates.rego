# METADATA
# title: Kubelet does not rotate its client certificate
# description: >-
#   Without rotateCertificates (--rotate-certificates) the kubelet keeps the
#   client certificate it was bootstrapped with until it expires (a year by
#   default): a stolen node credential stays valid all that time, and when it
#   expires the node silently drops out of the cluster, often several at once
#   since they were joined together. With rotation the kubelet requests a fresh
#   certificate before expiry. Both the flag and the configuration field default
#   to false; kubeadm and managed node images turn it on.
# custom:
#   id: SRM-K8S-KUBELET-006
#   severity: low
#   areas: [iam, incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Rotate the kubelet client certificate: `rotateCertificates: true` in the
#     KubeletConfiguration, or `- --rotate-certificates=true`.
#   frameworks: {cis-kubernetes-1.9: ["4.2.10"], nist-800-53: [IA-5, SC-12]}
#   references:
#     - "https://kubernetes.io/docs/tasks/tls/certificate-rotation/"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#   peers: {checkov: [CKV_K8S_149], trivy: [AVD-KCV-0090]}
package srm.kubernetes.controlplane.kubelet_rotate_certificates

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
	some o in cmd.bool_flag(c.container, "rotate-certificates")
	cmd.is_false(o.value)
	msg := sprintf("%s: container %q runs the kubelet with --rotate-certificates=%s, so its client certificate is never renewed", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag and no config file: the default false applies.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kubelet")
	not cmd.has_flag(c.container, "rotate-certificates")
	not cmd.has_flag(c.container, "config")
	msg := sprintf("%s: container %q runs the kubelet without --rotate-certificates=true or a --config file (the default is false), so its client certificate is never renewed", [c.resource.address, cmd.container_name(c)])
}

# A KubeletConfiguration without rotateCertificates: true.
deny contains {"msg": msg, "resource": r.address, "path": ["rotateCertificates"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "rotateCertificates", null)
	value in {null, false}
	msg := sprintf("%s: rotateCertificates is %s (the default is false), so the kubelet's client certificate is never renewed", [r.address, k8s.shown(value)])
}

# A value left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": r.address, "path": ["rotateCertificates"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "rotateCertificates", null)
	is_string(value)
	contains(value, "${")
}
