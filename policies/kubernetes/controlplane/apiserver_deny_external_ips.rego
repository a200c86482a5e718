# METADATA
# title: kube-apiserver lets any Service set externalIPs (DenyServiceExternalIPs off)
# description: >-
#   Kubernetes does not check the addresses written in a Service's externalIPs:
#   anyone allowed to create or update Services in any namespace can claim an
#   address and have kube-proxy redirect its traffic to their pods, inside or
#   outside the cluster (CVE-2020-8554, unfixed by design). The
#   DenyServiceExternalIPs admission plugin refuses new uses of the field. It is
#   not in the default plugin set; clusters that enforce the same rule with an
#   admission policy engine instead may ignore this finding.
# custom:
#   id: SRM-K8S-APISERVER-014
#   severity: low
#   areas: [vulnerability-management, network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Add the plugin to the API server's list:
#     `- --enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs`.
#   frameworks: {cis-kubernetes-1.9: ["1.2.3"], nist-800-53: [SI-2, SC-7]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#denyserviceexternalips"
#     - "https://github.com/kubernetes/kubernetes/issues/97076"
package srm.kubernetes.controlplane.apiserver_deny_external_ips

import data.srm.lib.commandline as cmd

_plugin := "DenyServiceExternalIPs"

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
	msg := sprintf("%s: container %q runs kube-apiserver with admission plugins %q, without DenyServiceExternalIPs, so any Service may claim externalIPs (CVE-2020-8554)", [c.resource.address, cmd.container_name(c), o.value])
}

# No plugin list: the default set does not include it.
deny contains {"msg": msg, "resource": c.resource.address, "path": cmd.missing_flag_path(c)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	not cmd.has_flag(c.container, "enable-admission-plugins")
	not cmd.has_flag(c.container, "admission-control")
	msg := sprintf("%s: container %q runs kube-apiserver without --enable-admission-plugins, and the default plugins do not include DenyServiceExternalIPs (CVE-2020-8554)", [c.resource.address, cmd.container_name(c)])
}

# A plugin list left to substitution (Flux `${var}`) is not judged.
unknown contains {"resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, "kube-apiserver")
	lists := _enabled(c.container)
	not _listed(lists)
	some o in lists
	contains(o.value, "${")
}

_enabled(container) := cmd.flag(container, "enable-admission-plugins") | cmd.flag(container, "admission-control")

_listed(lists) if {
	some o in lists
	_plugin in {trim_space(name) | some name in split(o.value, ",")}
}

_substituted(lists) if {
	some o in lists
	contains(o.value, "${")
}
