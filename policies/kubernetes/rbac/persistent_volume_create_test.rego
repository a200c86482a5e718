package srm.kubernetes.rbac.persistent_volume_create_test

import data.srm.kubernetes.rbac.persistent_volume_create

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/storage-admin", [kind]),
	"type": kind,
	"name": "storage-admin",
	"values": {"kind": kind, "metadata": {"name": "storage-admin"}, "rules": rules},
}]}}

test_create_persistent_volumes_denied if {
	result := persistent_volume_create.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["persistentvolumeclaims", "persistentvolumes"], "verbs": ["get", "create"]},
		{"apiGroups": ["*"], "resources": ["persistentvolumes"], "verbs": ["*"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 1], ["rules", 1, "resources", 0]}
}

test_claims_read_or_placeholder_allowed if {
	result := persistent_volume_create.deny with input as _doc("ClusterRole", [
		{"apiGroups": [""], "resources": ["persistentvolumeclaims"], "verbs": ["create", "get", "list"]},
		{"apiGroups": [""], "resources": ["persistentvolumes"], "verbs": ["get", "list", "watch", "patch"]},
		{"apiGroups": ["storage.k8s.io"], "resources": ["persistentvolumes"], "verbs": ["create"]},
		{"apiGroups": [""], "resources": ["persistentvolumes"], "verbs": ["${PV_VERB}"]},
	])
	count(result) == 0
}
