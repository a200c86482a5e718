package srm.kubernetes.pod.resource_requests_test

import data.srm.kubernetes.pod.resource_requests

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_missing_requests_denied if {
	result := resource_requests.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"initContainers": [{"name": "init"}],
		"containers": [
			{"name": "a", "resources": {"requests": {"cpu": "100m"}}},
			{"name": "b", "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}},
		],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "initContainers", 0, "resources", "requests"],
		["spec", "template", "spec", "containers", 0, "resources", "requests"],
	}
	some f in result
	f.path[3] == "initContainers"
	contains(f.msg, "no cpu and no memory")
}

test_cronjob_empty_request_denied if {
	result := resource_requests.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "job", "resources": {"requests": {"cpu": "", "memory": "64Mi"}}}]}}}}}})
	count(result) == 1
}

test_requests_or_limits_allowed if {
	result := resource_requests.deny with input as _doc("Pod", {"kind": "Pod", "spec": {
		"ephemeralContainers": [{"name": "debug"}],
		"containers": [
			{"name": "a", "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}}},
			{"name": "b", "resources": {"limits": {"cpu": "500m", "memory": "512Mi"}}},
			{"name": "c", "resources": {"requests": {"cpu": "100m"}, "limits": {"memory": "128Mi"}}},
		],
	}})
	count(result) == 0
}
