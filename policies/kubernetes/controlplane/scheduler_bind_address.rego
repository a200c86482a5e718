# METADATA
# title: kube-scheduler listens on all network interfaces
# description: >-
#   kube-scheduler serves its health, metrics and debugging endpoints on port 10259
#   of the address given by --bind-address, which defaults to 0.0.0.0: every
#   interface of the control-plane node. Only local probes and the node's own
#   monitoring need that port; open on the network it is one more control-plane
#   service to attack, where /healthz and /readyz answer without authentication
#   and the rest relies on delegated authentication to the API server.
# custom:
#   id: SRM-K8S-SCHEDULER-001
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Bind it to the loopback interface (as kubeadm does) and scrape metrics from
#     the node: `- --bind-address=127.0.0.1`.
#   frameworks: {cis-kubernetes-1.9: ["1.4.2"], nist-800-53: [SC-7, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/"
#     - "https://kubernetes.io/docs/reference/networking/ports-and-protocols/#control-plane"
#   peers: {checkov: [CKV_K8S_115], kics: [bind_address_not_properly_set], trivy: [AVD-KCV-0041]}
package srm.kubernetes.controlplane.scheduler_bind_address

import data.srm.lib.commandline as cmd

_binary := "kube-scheduler"

# Only the containers that run kube-scheduler are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
}

# An explicit address that is not loopback.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.flag(c.container, "bind-address")
	not _loopback(o.value)
	not contains(o.value, "${")
	msg := sprintf("%s: container %q runs kube-scheduler with --bind-address=%s, so its port 10259 is reachable beyond the node itself", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag: the default 0.0.0.0 listens on every interface.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	not cmd.has_flag(c.container, "bind-address")
	msg := sprintf("%s: container %q runs kube-scheduler without --bind-address, so its port 10259 listens on every interface (0.0.0.0)", [c.resource.address, cmd.container_name(c)])
}

# An address left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.flag(c.container, "bind-address")
	contains(o.value, "${")
}

_loopback(address) if startswith(address, "127.")

_loopback(address) if address in {"::1", "localhost"}
