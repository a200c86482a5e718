# METADATA
# title: RBAC role can create PersistentVolumes
# description: >-
#   A PersistentVolume is cluster-scoped and can be of type hostPath, local or a
#   raw network share. Whoever can create one and a claim bound to it mounts any
#   directory of a node (/, /etc/kubernetes, the container runtime socket) into a
#   pod, even where Pod Security admission forbids hostPath volumes in the pod
#   spec. Creating volumes belongs to the storage provisioners, not to users.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-015
#   severity: medium
#   areas: [iam, guest-os]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Let users request storage through PersistentVolumeClaims and StorageClasses
#     and keep PersistentVolume creation to the CSI provisioners:
#     `rules: [{apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: ["create", "get", "list"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.9"], nist-800-53: [AC-6, AC-3]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#persistent-volume-creation"
#     - "https://kubernetes.io/docs/concepts/storage/persistent-volumes/"
package srm.kubernetes.rbac.persistent_volume_create

import data.srm.lib.kubernetes as k8s

_verbs := {"create", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_core_group(rule)
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource == "persistentvolumes"
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d grants %s on persistentvolumes, so the %s can create hostPath or local volumes and mount any directory of a node", [r.address, i, concat(", ", sort(verbs)), kind])
}

_core_group(rule) if count(k8s.list_or_empty(object.get(rule, "apiGroups", []))) == 0

_core_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {"", "*"}
}
