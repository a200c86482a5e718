package srm.kubernetes.image.latest_tag_test

import data.srm.kubernetes.image.latest_tag

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

_deployment(containers) := _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"containers": containers}}}})

test_latest_and_untagged_denied if {
	result := latest_tag.deny with input as _deployment([
		{"name": "a", "image": "nginx"},
		{"name": "b", "image": "nginx:latest"},
		{"name": "c", "image": "registry:5000/app"},
		{"name": "d", "image": "nginx:1.27"},
	])
	{f.path[4] | some f in result} == {0, 1, 2}
	every f in result {
		f.path[5] == "image"
	}
}

test_cronjob_latest_denied if {
	result := latest_tag.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"initContainers": [{"name": "init", "image": "ghcr.io/x/y:latest"}]}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "image"]}
}

test_pinned_allowed if {
	result := latest_tag.deny with input as _deployment([
		{"name": "a", "image": "nginx:1.27.2"},
		{"name": "b", "image": "registry:5000/app:2.0"},
		{"name": "c", "image": "app@sha256:4c1a7b1e5e9f0b2d8c3a6f7e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c"},
		{"name": "d", "image": "app:latest@sha256:4c1a7b1e5e9f0b2d8c3a6f7e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c"},
	])
	count(result) == 0
}
