# METADATA
# title: kube-apiserver serves the insecure HTTP port
# description: >-
#   The insecure port serves the whole Kubernetes API over plain HTTP with no
#   authentication and no authorization: anything that can reach it is cluster
#   administrator. Until Kubernetes 1.19 it was open on localhost:8080 unless
#   --insecure-port=0; 1.20 stopped serving it and 1.24 removed the flag. An
#   explicit non-zero port, or a pre-1.20 API server image without the flag, is
#   reported.
# custom:
#   id: SRM-K8S-APISERVER-004
#   severity: critical
#   areas: [network-controls, iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Disable the port (and upgrade the control plane to a supported version):
#     `- --insecure-port=0`.
#   frameworks: {nist-800-53: [AC-3, IA-2, SC-8]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-ports-and-ips"
#     - "https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-1.20.md#urgent-upgrade-notes"
#   peers: {checkov: [CKV_K8S_88], kics: [insecure_port_not_properly_set]}
package srm.kubernetes.controlplane.apiserver_insecure_port

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

# An explicit non-zero port.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "insecure-port")
	cmd.int(o.value) != 0
	msg := sprintf("%s: container %q runs kube-apiserver with --insecure-port=%s, an unauthenticated HTTP API", [c.resource.address, cmd.container_name(c), o.value])
}

# No flag on an API server image older than 1.20, where the port defaulted to 8080.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "insecure-port")
	minor := _minor_version(object.get(c.container, "image", ""))
	minor < 20
	msg := sprintf("%s: container %q runs kube-apiserver 1.%d without --insecure-port=0, so the unauthenticated HTTP port 8080 is open", [c.resource.address, cmd.container_name(c), minor])
}

# The minor version of a kube-apiserver image tag (registry.k8s.io/kube-apiserver:v1.19.16).
_minor_version(image) := cmd.int(m[1]) if {
	is_string(image)
	regex.match(`(^|/)kube-apiserver(-[a-z0-9]+)?:`, image)
	parts := split(image, "/")
	some m in regex.find_all_string_submatch_n(`:v?1\.(\d+)(\.|-|$)`, parts[count(parts) - 1], 1)
}
