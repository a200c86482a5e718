# METADATA
# title: Container root filesystem is writable
# description: >-
#   A writable root filesystem lets an attacker who runs code in the container
#   drop tools, replace binaries or libraries and persist changes for the life of
#   the container, and lets a buggy process fill the node's disk. A read-only root
#   filesystem with explicit emptyDir or volume mounts for the few paths the
#   application writes makes the image immutable at run time.
# custom:
#   id: SRM-K8S-POD-007
#   severity: low
#   areas: [guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]}
#   remediation: >-
#     Set `securityContext: {readOnlyRootFilesystem: true}` on every container and
#     mount an `emptyDir` volume on the paths the application must write
#     (`/tmp`, caches).
#   frameworks: {cis-kubernetes-1.9: ["5.7.3"], nist-800-53: [CM-5, SI-7]}
#   references:
#     - "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
#     - "https://kubernetes.io/docs/concepts/storage/volumes/#emptydir"
#   peers: {checkov: [CKV_K8S_22], kics: [root_container_not_mounted_as_read_only], trivy: [AVD-KSV-0014]}
#   fix: {safety: unsafe, change: "Sets `securityContext.readOnlyRootFilesystem: true` in the container; a process that writes outside its mounted volumes (temporary files, caches, PID files) fails until those paths get an emptyDir."}
package srm.kubernetes.pod.read_only_root_fs

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": c.resource.address, "path": array.concat(c.path, ["securityContext", "readOnlyRootFilesystem"]),
	"fix": [{"set": array.concat(c.path, ["securityContext", "readOnlyRootFilesystem"]), "value": true}],
} if {
	some c in k8s.containers
	value := object.get(c.container, ["securityContext", "readOnlyRootFilesystem"], null)
	value != true
	msg := sprintf("%s: %s %q has a writable root filesystem (securityContext.readOnlyRootFilesystem is %s, expected true)", [c.resource.address, k8s.container_role(c), k8s.container_name(c), k8s.shown(value)])
}
