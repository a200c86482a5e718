package srm.kubernetes.pod.privileged_test

import data.srm.kubernetes.pod.privileged

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

_deployment(pod_spec) := _doc("Deployment", {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "default"}, "spec": {"template": {"spec": pod_spec}}})

_cronjob(pod_spec) := _doc("CronJob", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "web", "namespace": "default"}, "spec": {"schedule": "@daily", "jobTemplate": {"spec": {"template": {"spec": pod_spec}}}}})

test_privileged_container_denied if {
	result := privileged.deny with input as _deployment({"containers": [{"name": "app", "image": "nginx:1.27", "securityContext": {"privileged": true}}]})
	count(result) == 1
	some finding in result
	finding.resource == "Deployment/default/web"
	finding.path == ["spec", "template", "spec", "containers", 0, "securityContext", "privileged"]
}

test_privileged_init_and_ephemeral_in_cronjob_denied if {
	result := privileged.deny with input as _cronjob({
		"initContainers": [{"name": "init", "securityContext": {"privileged": true}}],
		"containers": [{"name": "app"}],
		"ephemeralContainers": [{"name": "debug", "securityContext": {"privileged": true}}],
	})
	{f.path | some f in result} == {
		["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"],
		["spec", "jobTemplate", "spec", "template", "spec", "ephemeralContainers", 0, "securityContext", "privileged"],
	}
}

test_unprivileged_allowed if {
	result := privileged.deny with input as _deployment({"containers": [
		{"name": "app", "securityContext": {"privileged": false}},
		{"name": "sidecar"},
		{"name": "null-context", "securityContext": null},
	]})
	count(result) == 0
}

test_fix_sets_privileged_false_in_the_named_container if {
	result := privileged.deny with input as _cronjob({
		"initContainers": [{"name": "init", "securityContext": {"privileged": true}}],
		"containers": [{"name": "app"}, {"name": "agent", "securityContext": {"privileged": true}}],
	})
	{f.fix | some f in result} == {
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"], "value": false}],
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "containers", 1, "securityContext", "privileged"], "value": false}],
	}
	every f in result {
		f.fix[0].set == f.path
	}
}
