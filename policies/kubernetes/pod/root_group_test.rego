package srm.kubernetes.pod.root_group_test

import data.srm.kubernetes.pod.root_group

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_root_groups_denied if {
	result := root_group.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"securityContext": {"runAsGroup": 0, "fsGroup": 0, "supplementalGroups": [1000, 0]},
		"containers": [
			{"name": "a"},
			{"name": "b", "securityContext": {"runAsGroup": 0}},
		],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "securityContext", "runAsGroup"],
		["spec", "template", "spec", "securityContext", "fsGroup"],
		["spec", "template", "spec", "securityContext", "supplementalGroups", 1],
		["spec", "template", "spec", "containers", 1, "securityContext", "runAsGroup"],
	}
}

test_pod_group_overridden_by_every_container_allowed if {
	result := root_group.deny with input as _doc("Job", {"kind": "Job", "spec": {"template": {"spec": {
		"securityContext": {"runAsGroup": 0},
		"containers": [{"name": "a", "securityContext": {"runAsGroup": 3000}}],
	}}}})
	count(result) == 0
}

test_non_root_groups_allowed if {
	result := root_group.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"securityContext": {"runAsGroup": 10001, "fsGroup": 10001, "supplementalGroups": [10001]},
		"containers": [{"name": "job"}],
	}}}}}})
	count(result) == 0
}
