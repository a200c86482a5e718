package srm.kubernetes.pod.liveness_probe_test

import data.srm.kubernetes.pod.liveness_probe

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

test_missing_probe_denied if {
	result := liveness_probe.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "a", "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}}}, {"name": "b"}],
	}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 1, "livenessProbe"]}
}

test_jobs_and_cronjobs_skipped if {
	spec := {"containers": [{"name": "a"}]}
	cron := liveness_probe.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": spec}}}}})
	count(cron) == 0
	job := liveness_probe.deny with input as _doc("Job", {"kind": "Job", "spec": {"template": {"spec": spec}}})
	count(job) == 0
}

test_probe_allowed if {
	result := liveness_probe.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "a", "livenessProbe": {"tcpSocket": {"port": 5432}}}]}})
	count(result) == 0
}
