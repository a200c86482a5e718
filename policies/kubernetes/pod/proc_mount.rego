# METADATA
# title: Container unmasks /proc (procMount Unmasked)
# description: >-
#   Container runtimes mask and make read-only the sensitive parts of /proc
#   (/proc/kcore, /proc/sys, /proc/sysrq-trigger and others) so that a container
#   cannot read kernel memory or change kernel parameters of the node. procMount
#   Unmasked removes those masks, which the baseline Pod Security Standard forbids;
#   only Default is allowed.
# custom:
#   id: SRM-K8S-POD-016
#   severity: medium
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Remove the field or set it to the default: `securityContext: {procMount: Default}`.
#   frameworks: {pss: [baseline], nist-800-53: [CM-7, SC-39]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1"
#   peers: {trivy: [AVD-KSV-0027]}
#   fix: {safety: unsafe, change: "Sets `securityContext.procMount: Default` in the container; nested container builds (rootless BuildKit, Podman in a pod) that need an unmasked /proc stop working."}
package srm.kubernetes.pod.proc_mount

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "procMount"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "procMount"]), "value": "Default"}],
} if {
	some c in k8s.containers
	sc := object.get(c.container, "securityContext", {})
	is_object(sc)
	value := object.get(sc, "procMount", "Default")
	value != "Default"
	value != null
	msg := sprintf("%s: %s %q sets securityContext.procMount %s, so the node's /proc is not masked (only Default is allowed)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), json.marshal(value)])
}
