# METADATA
# title: Pod overrides name resolution with hostAliases
# description: >-
#   hostAliases writes fixed address entries into the /etc/hosts file the kubelet
#   manages for every container of the pod, ahead of cluster DNS. A manifest can
#   thereby send a dependency's traffic (an API, a package mirror, the metadata
#   service) to an address of its choosing, silently and outside the DNS records
#   and network policies that reviewers look at; a stale entry keeps pointing at
#   an address after it has been handed to someone else.
# custom:
#   id: SRM-K8S-POD-021
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove `hostAliases` and publish the name in DNS instead (an ExternalName
#     Service or a record in the cluster's DNS zone):
#     `kind: Service, spec: {type: ExternalName, externalName: api.partner.example.com}`.
#   frameworks: {nist-800-53: [SC-20, SC-21, CM-6]}
#   references:
#     - "https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/"
#     - "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#hostname-and-name-resolution"
#   peers: {trivy: [AVD-KSV-0007]}
#   fix: {safety: unsafe, change: "Removes `hostAliases` from the pod spec; the names it listed resolve through cluster DNS again, so a dependency that only resolves through those entries becomes unreachable until its DNS record exists."}
package srm.kubernetes.pod.host_aliases

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["hostAliases"]),
	"fix": [{"remove": array.concat(pod.path, ["hostAliases"])}],
} if {
	some pod in k8s.pod_specs
	aliases := k8s.list_or_empty(object.get(pod.spec, "hostAliases", []))
	count(aliases) > 0
	entries := [sprintf("%v -> %s", [object.get(a, "ip", "?"), concat(", ", [sprintf("%v", [h]) | some h in k8s.list_or_empty(object.get(a, "hostnames", []))])]) | some a in aliases; is_object(a)]
	msg := sprintf("%s: the pod writes %d hostAliases entr%s into /etc/hosts, overriding DNS (%s)", [pod.resource.address, count(aliases), _plural(count(aliases)), concat("; ", entries)])
}

_plural(1) := "y"

_plural(n) := "ies" if n != 1
