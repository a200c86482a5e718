# METADATA
# title: kube-controller-manager never garbage-collects terminated pods
# description: >-
#   --terminated-pod-gc-threshold caps how many finished pods (Succeeded or
#   Failed) are kept before the controller manager deletes the oldest; 0 or a
#   negative value turns that collector off. Completed Job and CronJob pods then
#   accumulate without limit in etcd, slowing every list of pods and growing the
#   database until it hits its quota and the control plane stops accepting
#   writes. The default (12500) keeps a bound and is not reported.
# custom:
#   id: SRM-K8S-CONTROLLERMANAGER-002
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Keep a positive threshold sized for the cluster, e.g.
#     `- --terminated-pod-gc-threshold=1000`, and set `ttlSecondsAfterFinished` on Jobs.
#   frameworks: {cis-kubernetes-1.9: ["1.3.1"], nist-800-53: [SC-5, SI-12]}
#   references:
#     - "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection"
#     - "https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/"
#   peers: {checkov: [CKV_K8S_106], kics: [terminated_pod_garbage_collector_threshold_not_properly_set], trivy: [AVD-KCV-0033]}
package srm.kubernetes.controlplane.controllermanager_terminated_pod_gc

import data.srm.lib.commandline as cmd

_binary := "kube-controller-manager"

# Only the containers that run kube-controller-manager are judged.
applies contains c.resource.address if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
}

deny contains {"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, o.path)} if {
	some c in cmd.control_plane_containers
	cmd.runs(c.container, _binary)
	some o in cmd.flag(c.container, "terminated-pod-gc-threshold")
	_disabled(o.value)
	msg := sprintf("%s: container %q runs kube-controller-manager with --terminated-pod-gc-threshold=%s, which turns the garbage collection of terminated pods off", [c.resource.address, cmd.container_name(c), o.value])
}

_disabled(value) if cmd.int(value) == 0

_disabled(value) if regex.match(`^-\d+$`, value)
