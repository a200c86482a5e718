package srm.kubernetes.pod.proc_mount_test

import data.srm.kubernetes.pod.proc_mount

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_unmasked_denied if {
	result := proc_mount.deny with input as _doc("StatefulSet", {"kind": "StatefulSet", "spec": {"template": {"spec": {"containers": [
		{"name": "a", "securityContext": {"procMount": "Unmasked"}},
		{"name": "b", "securityContext": {"procMount": "Default"}},
	]}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 0, "securityContext", "procMount"]}
}

test_job_ephemeral_denied if {
	result := proc_mount.deny with input as _doc("Job", {"kind": "Job", "spec": {"template": {"spec": {
		"containers": [{"name": "job"}],
		"ephemeralContainers": [{"name": "debug", "securityContext": {"procMount": "Unmasked"}}],
	}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "ephemeralContainers", 0, "securityContext", "procMount"]}
}

test_default_allowed if {
	result := proc_mount.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "a"}, {"name": "b", "securityContext": {"procMount": "Default", "runAsNonRoot": true}}]}})
	count(result) == 0
}

test_fix_sets_default_in_the_named_container if {
	result := proc_mount.deny with input as _doc("Job", {"kind": "Job", "spec": {"template": {"spec": {
		"containers": [{"name": "job"}],
		"ephemeralContainers": [{"name": "debug", "securityContext": {"procMount": "Unmasked"}}],
	}}}})
	{f.fix | some f in result} == {[{"set": ["spec", "template", "spec", "ephemeralContainers", 0, "securityContext", "procMount"], "value": "Default"}]}
}
