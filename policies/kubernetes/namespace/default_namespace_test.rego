package srm.kubernetes.namespace.default_namespace_test

import data.srm.kubernetes.namespace.default_namespace

_doc(kind, metadata) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/web", [kind]),
	"type": kind,
	"name": "web",
	"values": {"kind": kind, "metadata": metadata, "spec": {}},
}]}}

test_default_and_missing_denied if {
	explicit := default_namespace.deny with input as _doc("Deployment", {"name": "web", "namespace": "default"})
	{f.path | some f in explicit} == {["metadata", "namespace"]}
	missing := default_namespace.deny with input as _doc("CronJob", {"name": "web"})
	count(missing) == 1
	some f in missing
	contains(f.msg, "sets no metadata.namespace")
}

test_other_namespaces_and_kinds_allowed if {
	named := default_namespace.deny with input as _doc("StatefulSet", {"name": "web", "namespace": "payments"})
	count(named) == 0
	config := default_namespace.deny with input as _doc("ConfigMap", {"name": "web", "namespace": "default"})
	count(config) == 0
}

test_kube_public_denied if {
	result := default_namespace.deny with input as _doc("Pod", {"name": "web", "namespace": "kube-public"})
	count(result) == 1
	some f in result
	contains(f.msg, "kube-public")
}
