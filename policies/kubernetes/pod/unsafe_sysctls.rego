# METADATA
# title: Pod sets an unsafe sysctl
# description: >-
#   Only a short list of sysctls is namespaced and safe to set per pod; the others
#   change kernel behaviour for the whole node (memory, networking, IPC limits) or
#   are not isolated between pods, so one workload can degrade or attack its
#   neighbours. The kubelet refuses them unless an administrator allowed them with
#   --allowed-unsafe-sysctls, and the baseline Pod Security Standard forbids them.
#   There is no automatic fix: a fix cannot remove one entry from the list of
#   sysctls, and the node-level setting that replaces it is the user's to make.
# custom:
#   id: SRM-K8S-POD-013
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the sysctl or keep to the safe set, e.g.
#     `securityContext: {sysctls: [{name: net.ipv4.ip_local_port_range, value: "1024 65535"}]}`;
#     tune node-wide kernel settings on the node image instead.
#   frameworks: {pss: [baseline], nist-800-53: [CM-7, SC-39]}
#   references:
#     - "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#   peers: {kics: [cluster_allows_unsafe_sysctls], trivy: [AVD-KSV-0026]}
package srm.kubernetes.pod.unsafe_sysctls

import data.srm.lib.kubernetes as k8s

# The sysctls the baseline Pod Security Standard allows (Kubernetes 1.32).
_safe := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
	"net.ipv4.tcp_rmem",
	"net.ipv4.tcp_wmem",
}

deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["securityContext", "sysctls", i, "name"])} if {
	some pod in k8s.pod_specs
	sc := object.get(pod.spec, "securityContext", {})
	is_object(sc)
	some i, sysctl in k8s.list_or_empty(object.get(sc, "sysctls", []))
	is_object(sysctl)
	name := object.get(sysctl, "name", "")
	is_string(name)
	name != ""
	not _normalised(name) in _safe
	msg := sprintf("%s: the pod sets sysctl %q, which is not in the safe set allowed by the baseline Pod Security Standard", [pod.resource.address, name])
}

# Sysctl names may use "/" as separator (net/ipv4/tcp_syncookies).
_normalised(name) := replace(name, "/", ".")
