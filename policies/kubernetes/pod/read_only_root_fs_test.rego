package srm.kubernetes.pod.read_only_root_fs_test

import data.srm.kubernetes.pod.read_only_root_fs

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

test_writable_root_denied if {
	result := read_only_root_fs.deny with input as _doc("StatefulSet", {"kind": "StatefulSet", "spec": {"template": {"spec": {"containers": [
		{"name": "a", "securityContext": {"readOnlyRootFilesystem": false}},
		{"name": "b"},
	]}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"],
		["spec", "template", "spec", "containers", 1, "securityContext", "readOnlyRootFilesystem"],
	}
}

test_cronjob_missing_denied if {
	result := read_only_root_fs.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}}})
	count(result) == 1
}

test_read_only_allowed if {
	result := read_only_root_fs.deny with input as _doc("Pod", {"kind": "Pod", "spec": {
		"initContainers": [{"name": "init", "securityContext": {"readOnlyRootFilesystem": true}}],
		"containers": [{"name": "a", "securityContext": {"readOnlyRootFilesystem": true}}],
	}})
	count(result) == 0
}

test_fix_sets_true_in_the_named_container if {
	result := read_only_root_fs.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"containers": [{"name": "a", "securityContext": {"readOnlyRootFilesystem": true}}],
		"ephemeralContainers": [{"name": "debug", "securityContext": {"readOnlyRootFilesystem": false}}],
	}}}}}})
	{f.fix | some f in result} == {[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "ephemeralContainers", 0, "securityContext", "readOnlyRootFilesystem"], "value": true}]}
}
