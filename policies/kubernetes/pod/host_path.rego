# METADATA
# title: Pod mounts a hostPath volume
# description: >-
#   A hostPath volume mounts a file or directory of the node into the pod. Through
#   it a compromised container can read other pods' data and secrets under
#   /var/lib/kubelet, the container runtime socket, node credentials and logs, and
#   with a writable mount plant binaries or cron jobs on the node. The baseline Pod
#   Security Standard forbids hostPath volumes; a PersistentVolume backed by
#   hostPath gives the same access to every pod that claims it.
#   There is no automatic fix: what replaces the host path (an emptyDir, a
#   ConfigMap or Secret, a claim) is the user's choice.
# custom:
#   id: SRM-K8S-POD-011
#   severity: high
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PersistentVolume]}
#   remediation: >-
#     Replace the hostPath volume with an `emptyDir`, a `configMap`/`secret`
#     projection or a PersistentVolumeClaim, e.g. `volumes: [{name: cache, emptyDir: {}}]`;
#     keep node-level agents that truly need host files in a dedicated, audited namespace.
#   frameworks: {cis-kubernetes-1.9: ["5.2.12"], pss: [baseline], nist-800-53: [AC-6, SC-39]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
#     - "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"
#   peers: {kics: [non_kube_system_pod_with_host_mount], trivy: [AVD-KSV-0023]}
package srm.kubernetes.pod.host_path

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": pod.resource.address, "path": array.concat(pod.path, ["volumes", i, "hostPath", "path"])} if {
	some pod in k8s.pod_specs
	some i, volume in k8s.list_or_empty(object.get(pod.spec, "volumes", []))
	is_object(volume)
	host_path := object.get(volume, "hostPath", null)
	host_path != null
	msg := sprintf("%s: volume %q mounts %s from the node (hostPath)", [pod.resource.address, object.get(volume, "name", "<unnamed>"), _shown(host_path)])
}

deny contains {"msg": msg, "resource": pv.address, "path": ["spec", "hostPath", "path"]} if {
	some pv in k8s.resources("PersistentVolume")
	host_path := object.get(pv.values, ["spec", "hostPath"], null)
	host_path != null
	msg := sprintf("%s: the PersistentVolume is backed by %s on a node (hostPath), which every pod claiming it can reach", [pv.address, _shown(host_path)])
}

_shown(host_path) := sprintf("host path %q", [host_path.path]) if {
	is_object(host_path)
	is_string(host_path.path)
} else := "a host path"
