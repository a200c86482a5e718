# METADATA
# title: kube-apiserver or kubelet accepts TLS 1.0 or 1.1
# description: >-
#   TLS 1.0 and 1.1 are deprecated (RFC 8996): they lack modern cipher suites and
#   are open to downgrade attacks, and PCI DSS and most baselines forbid them.
#   --tls-min-version (tlsMinVersion in a KubeletConfiguration) set to
#   VersionTLS10 or VersionTLS11 lets clients of the API server or the kubelet
#   negotiate them. Without the flag, Kubernetes 1.30 and later (built with Go
#   1.22) require TLS 1.2, while earlier releases accept TLS 1.0: the missing
#   flag is reported only on kube-apiserver images tagged before 1.30.
# custom:
#   id: SRM-K8S-APISERVER-011
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, KubeletConfiguration]}
#   remediation: >-
#     Require TLS 1.2 or later: `- --tls-min-version=VersionTLS12` on the
#     kube-apiserver, kube-controller-manager, kube-scheduler and kubelet command
#     lines, or `tlsMinVersion: VersionTLS12` in the KubeletConfiguration.
#   frameworks: {nist-800-53: [SC-8, SC-13], pci-dss-4.0: ["4.2.1"]}
#   references:
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletConfiguration"
#     - "https://go.dev/doc/go1.22#crypto/tls"
package srm.kubernetes.controlplane.apiserver_tls_min_version

import data.srm.lib.commandline as cmd
import data.srm.lib.kubernetes as k8s

_binaries := ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubelet"]

_old := {"VersionTLS10", "VersionTLS11"}

# The containers that run a control-plane binary and every KubeletConfiguration are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	some binary in _binaries
	cmd.runs(c.container, binary)
}

applies contains r.address if {
	some r in k8s.resources("KubeletConfiguration")
}

# An explicit old version on a command line.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	some binary in _binaries
	cmd.runs(c.container, binary)
	some o in cmd.flag(c.container, "tls-min-version")
	o.value in _old
	msg := sprintf("%s: container %q runs %s with --tls-min-version=%s, so clients may connect with deprecated TLS versions", [c.resource.address, cmd.container_name(c), binary, o.value])
}

# An explicit old version in a KubeletConfiguration.
deny contains {"msg": msg, "resource": r.address, "path": ["tlsMinVersion"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "tlsMinVersion", null)
	value in _old
	msg := sprintf("%s: tlsMinVersion is %s, so clients of the kubelet may connect with deprecated TLS versions (expected VersionTLS12 or VersionTLS13)", [r.address, value])
}

# No flag on an API server image older than 1.30, whose Go runtime still accepts TLS 1.0.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "tls-min-version")
	minor := _minor_version(object.get(c.container, "image", ""))
	minor < 30
	msg := sprintf("%s: container %q runs kube-apiserver 1.%d without --tls-min-version, so it accepts TLS 1.0 and 1.1", [c.resource.address, cmd.container_name(c), minor])
}

# A version left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	some binary in _binaries
	cmd.runs(c.container, binary)
	some o in cmd.flag(c.container, "tls-min-version")
	contains(o.value, "${")
}

unknown contains {"resource": r.address, "path": ["tlsMinVersion"]} if {
	some r in k8s.resources("KubeletConfiguration")
	value := object.get(r.values, "tlsMinVersion", null)
	is_string(value)
	contains(value, "${")
}

# The minor version of a kube-apiserver image tag (registry.k8s.io/kube-apiserver:v1.29.8).
_minor_version(image) := cmd.int(m[1]) if {
	is_string(image)
	regex.match(`(^|/)kube-apiserver(-[a-z0-9]+)?:`, image)
	parts := split(image, "/")
	some m in regex.find_all_string_submatch_n(`:v?1\.(\d+)(\.|-|$)`, parts[count(parts) - 1], 1)
}
