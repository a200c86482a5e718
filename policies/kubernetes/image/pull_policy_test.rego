package srm.kubernetes.image.pull_policy_test

import data.srm.kubernetes.image.pull_policy

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

_deployment(containers) := _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"containers": containers}}}})

test_tagged_images_without_always_denied if {
	result := pull_policy.deny with input as _deployment([
		{"name": "a", "image": "example/app:1.4.2"},
		{"name": "b", "image": "example/app:1.4.2", "imagePullPolicy": "IfNotPresent"},
		{"name": "c", "image": "registry:5000/app:2.0", "imagePullPolicy": "Never"},
		{"name": "d", "image": "example/app:latest", "imagePullPolicy": "IfNotPresent"},
	])
	{f.path[4] | some f in result} == {0, 1, 2, 3}
	every f in result {
		f.path[5] == "imagePullPolicy"
	}
}

test_cronjob_default_policy_denied if {
	result := pull_policy.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"initContainers": [{"name": "init", "image": "busybox:1.36"}]}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "imagePullPolicy"]}
}

test_always_digest_and_latest_default_allowed if {
	result := pull_policy.deny with input as _deployment([
		{"name": "a", "image": "example/app:1.4.2", "imagePullPolicy": "Always"},
		{"name": "b", "image": "example/app@sha256:4c1a7b1e5e9f0b2d8c3a6f7e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c", "imagePullPolicy": "IfNotPresent"},
		{"name": "c", "image": "example/app"},
		{"name": "d", "image": "registry:5000/app"},
		{"name": "e", "image": "example/app:latest"},
	])
	count(result) == 0
}

test_fix_sets_always_in_the_named_container if {
	result := pull_policy.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"initContainers": [{"name": "init", "image": "busybox:1.36"}],
		"containers": [{"name": "job", "image": "example/job:2.0", "imagePullPolicy": "Always"}, {"name": "side", "image": "example/side:2.0", "imagePullPolicy": "IfNotPresent"}],
	}}}}}})
	{f.fix | some f in result} == {
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "imagePullPolicy"], "value": "Always"}],
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "containers", 1, "imagePullPolicy"], "value": "Always"}],
	}
}
