# METADATA
# title: kube-apiserver does not enable the NodeRestriction admission plugin
# description: >-
#   The Node authorizer lets a kubelet read what its pods need; NodeRestriction
#   is what stops it from writing anything else: other nodes' objects, pods bound
#   elsewhere, or node labels that steer workloads (node-restriction.kubernetes.io/
#   and the kubelet's own topology labels). Without it, one compromised node's
#   credentials can relabel nodes to attract sensitive pods, or modify other
#   nodes and their pods. The plugin is not in the default set and must be
#   enabled explicitly.
# custom:
#   id: SRM-K8S-APISERVER-009
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Enable it together with the Node authorizer:
#     `- --enable-admission-plugins=NodeRestriction` and `- --authorization-mode=Node,RBAC`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.14"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction"
#     - "https://kubernetes.io/docs/reference/access-authn-authz/node/"
#   peers: {checkov: [CKV_K8S_85], kics: [node_restriction_admission_control_plugin_not_set], trivy: [AVD-KCV-0016]}
package srm.kubernetes.controlplane.apiserver_node_restriction

import data.srm.lib.commandline as cmd

_plugin := "NodeRestriction"

# Only the containers that run kube-apiserver are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
}

# An explicit plugin list without it (--admission-control is the deprecated spelling).
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	lists := _enabled(c.container)
	not _listed(lists)
	not _substituted(lists)
	some o in lists
	msg := sprintf("%s: container %q runs kube-apiserver with admission plugins %q, without NodeRestriction", [c.resource.address, cmd.container_name(c), o.value])
}

# A plugin list left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	lists := _enabled(c.container)
	not _listed(lists)
	_substituted(lists)
	some o in lists
	contains(o.value, "${")
}

# No plugin list: the default set does not include it.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "enable-admission-plugins")
	not cmd.has_flag(c.container, "admission-control")
	msg := sprintf("%s: container %q runs kube-apiserver without --enable-admission-plugins, and the default plugins do not include NodeRestriction", [c.resource.address, cmd.container_name(c)])
}

# Disabled explicitly.
deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	some o in cmd.flag(c.container, "disable-admission-plugins")
	_plugin in _names(o.value)
	msg := sprintf("%s: container %q runs kube-apiserver with --disable-admission-plugins=%s, which turns NodeRestriction off", [c.resource.address, cmd.container_name(c), o.value])
}

_enabled(container) := cmd.flag(container, "enable-admission-plugins") | cmd.flag(container, "admission-control")

_listed(lists) if {
	some o in lists
	_plugin in _names(o.value)
}

_names(value) := {trim_space(name) | some name in split(value, ",")}

_substituted(lists) if {
	some o in lists
	contains(o.value, "${")
}
