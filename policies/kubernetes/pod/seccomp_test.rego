package srm.kubernetes.pod.seccomp_test

import data.srm.kubernetes.pod.seccomp

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

_deployment(pod_spec) := _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": pod_spec}}})

_cronjob(pod_spec) := _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": pod_spec}}}}})

test_no_profile_denied if {
	result := seccomp.deny with input as _deployment({"containers": [{"name": "app"}]})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 0, "securityContext", "seccompProfile"]}
}

test_container_unconfined_denied if {
	result := seccomp.deny with input as _deployment({
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"containers": [{"name": "app", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}],
	})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 0, "securityContext", "seccompProfile", "type"]}
}

test_pod_unconfined_reported_once if {
	result := seccomp.deny with input as _cronjob({
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [{"name": "a"}, {"name": "b"}],
	})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "securityContext", "seccompProfile", "type"]}
	count(result) == 1
}

test_runtime_default_allowed if {
	result := seccomp.deny with input as _deployment({
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app"}, {"name": "local", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}}],
	})
	count(result) == 0
}

test_pod_unconfined_overridden_allowed if {
	result := seccomp.deny with input as _cronjob({
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}],
	})
	count(result) == 0
}

test_fix_sets_runtime_default_where_reported if {
	result := seccomp.deny with input as _cronjob({
		"securityContext": {"seccompProfile": {"type": "Unconfined"}},
		"initContainers": [{"name": "init", "securityContext": {"seccompProfile": {"type": "Unconfined", "localhostProfile": "x.json"}}}],
		"containers": [{"name": "app"}, {"name": "odd", "securityContext": {"seccompProfile": "Unconfined"}}],
	})
	_p := ["spec", "jobTemplate", "spec", "template", "spec"]
	{f.fix | some f in result} == {
		[{"set": array.concat(_p, ["securityContext", "seccompProfile", "type"]), "value": "RuntimeDefault"}],
		[
			{"set": array.concat(_p, ["initContainers", 0, "securityContext", "seccompProfile", "type"]), "value": "RuntimeDefault"},
			{"remove": array.concat(_p, ["initContainers", 0, "securityContext", "seccompProfile", "localhostProfile"])},
		],
		[{"set": array.concat(_p, ["containers", 1, "securityContext", "seccompProfile"]), "value": {"type": "RuntimeDefault"}}],
	}
}

test_fix_sets_the_missing_profile_in_the_container if {
	result := seccomp.deny with input as _deployment({"containers": [{"name": "app", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, {"name": "side"}]})
	{f.fix | some f in result} == {[{"set": ["spec", "template", "spec", "containers", 1, "securityContext", "seccompProfile", "type"], "value": "RuntimeDefault"}]}
}
