package srm.kubernetes.pod.resource_limits_test

import data.srm.kubernetes.pod.resource_limits

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

test_missing_limits_denied if {
	result := resource_limits.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"initContainers": [{"name": "init"}],
		"containers": [
			{"name": "a", "resources": {"limits": {"memory": "128Mi"}}},
			{"name": "b", "resources": {"limits": {"cpu": "500m", "memory": "128Mi"}}},
		],
		"ephemeralContainers": [{"name": "debug"}],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "initContainers", 0, "resources", "limits"],
		["spec", "template", "spec", "containers", 0, "resources", "limits"],
	}
}

test_cronjob_without_resources_denied if {
	result := resource_limits.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}}})
	count(result) == 1
	some finding in result
	contains(finding.msg, "cpu and memory")
}

test_limits_allowed if {
	result := resource_limits.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "a", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}]}})
	count(result) == 0
}
