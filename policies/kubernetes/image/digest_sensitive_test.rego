package srm.kubernetes.image.digest_sensitive_test

import data.srm.kubernetes.image.digest_sensitive

_digest := "sha256:4c1a7b1e5e9f0b2d8c3a6f7e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c"

_doc(kind, labels, pod_spec) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/pay", [kind]),
	"type": kind,
	"name": "pay",
	"namespace": "apps",
	"values": {"kind": kind, "metadata": {"name": "pay", "labels": labels}, "spec": {"template": {"spec": pod_spec}}},
}]}}

test_sensitive_tagged_images_denied if {
	result := digest_sensitive.deny with input as _doc("Deployment", {"data-classification": "Confidential"}, {
		"initContainers": [{"name": "init", "image": "busybox:1.36"}],
		"containers": [
			{"name": "app", "image": "example/pay:2.3.1"},
			{"name": "pinned", "image": sprintf("example/pay:2.3.1@%s", [_digest])},
		],
	})
	{f.path | some f in result} == {
		["spec", "template", "spec", "initContainers", 0, "image"],
		["spec", "template", "spec", "containers", 0, "image"],
	}
}

test_restricted_statefulset_denied if {
	result := digest_sensitive.deny with input as _doc("StatefulSet", {"data-classification": "restricted"}, {"containers": [{"name": "db", "image": "postgres:16.4"}]})
	count(result) == 1
}

test_pinned_or_not_sensitive_allowed if {
	pinned := digest_sensitive.deny with input as _doc("Deployment", {"data-classification": "confidential"}, {"containers": [{"name": "app", "image": sprintf("example/pay@%s", [_digest])}]})
	count(pinned) == 0
	internal := digest_sensitive.deny with input as _doc("Deployment", {"data-classification": "internal"}, {"containers": [{"name": "app", "image": "example/pay:2.3.1"}]})
	count(internal) == 0
	unlabelled := digest_sensitive.deny with input as _doc("Deployment", {}, {"containers": [{"name": "app", "image": "example/pay:2.3.1"}]})
	count(unlabelled) == 0
}
