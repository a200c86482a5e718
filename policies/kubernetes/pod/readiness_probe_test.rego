package srm.kubernetes.pod.readiness_probe_test

import data.srm.kubernetes.pod.readiness_probe

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_missing_probe_denied if {
	result := readiness_probe.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"initContainers": [{"name": "init"}],
		"containers": [
			{"name": "app", "readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}}},
			{"name": "sidecar"},
		],
	}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 1, "readinessProbe"]}
}

test_pod_missing_probe_denied if {
	result := readiness_probe.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "app"}]}})
	{f.path | some f in result} == {["spec", "containers", 0, "readinessProbe"]}
}

test_jobs_and_probes_allowed if {
	job := readiness_probe.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "job"}]}}}}}})
	count(job) == 0
	probed := readiness_probe.deny with input as _doc("StatefulSet", {"kind": "StatefulSet", "spec": {"template": {"spec": {"containers": [{"name": "db", "readinessProbe": {"exec": {"command": ["pg_isready"]}}}]}}}})
	count(probed) == 0
}
