package srm.kubernetes.pod.run_as_root_test

import data.srm.kubernetes.pod.run_as_root

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

_deployment(pod_spec) := _doc("Deployment", {"kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"spec": pod_spec}}})

_cronjob(pod_spec) := _doc("CronJob", {"kind": "CronJob", "metadata": {"name": "web"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": pod_spec}}}}})

_base := ["spec", "template", "spec"]

test_nothing_set_denied if {
	result := run_as_root.deny with input as _deployment({"containers": [{"name": "app"}]})
	{f.path | some f in result} == {array.concat(_base, ["containers", 0, "securityContext", "runAsNonRoot"])}
}

test_run_as_user_zero_denied if {
	result := run_as_root.deny with input as _deployment({"containers": [{"name": "app", "securityContext": {"runAsNonRoot": true, "runAsUser": 0}}]})
	{f.path | some f in result} == {array.concat(_base, ["containers", 0, "securityContext", "runAsUser"])}
}

test_pod_level_root_reported_once if {
	result := run_as_root.deny with input as _cronjob({
		"securityContext": {"runAsUser": 0},
		"containers": [{"name": "a"}, {"name": "b"}, {"name": "c", "securityContext": {"runAsUser": 1000}}],
	})
	count(result) == 1
	some finding in result
	finding.path == ["spec", "jobTemplate", "spec", "template", "spec", "securityContext", "runAsUser"]
	contains(finding.msg, `"a", "b"`)
	not contains(finding.msg, `"c"`)
}

test_pod_level_run_as_non_root_false_denied if {
	result := run_as_root.deny with input as _deployment({
		"securityContext": {"runAsNonRoot": false},
		"containers": [{"name": "a"}, {"name": "b", "securityContext": {"runAsNonRoot": true}}],
	})
	{f.path | some f in result} == {array.concat(_base, ["securityContext", "runAsNonRoot"])}
}

test_non_root_allowed if {
	result := run_as_root.deny with input as _deployment({
		"securityContext": {"runAsNonRoot": true},
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app"}, {"name": "uid", "securityContext": {"runAsUser": 1000}}],
	})
	count(result) == 0
}

test_positive_uid_allowed_in_cronjob if {
	result := run_as_root.deny with input as _cronjob({
		"securityContext": {"runAsUser": 10001},
		"containers": [{"name": "app"}],
	})
	count(result) == 0
}

test_fix_requires_non_root_where_reported if {
	result := run_as_root.deny with input as _cronjob({
		"securityContext": {"runAsNonRoot": false},
		"initContainers": [{"name": "init", "securityContext": {"runAsUser": 0}}],
		"containers": [{"name": "app"}, {"name": "side", "securityContext": {"runAsNonRoot": false}}],
	})
	_p := ["spec", "jobTemplate", "spec", "template", "spec"]
	{[f.path, object.get(f, "fix", null)] | some f in result} == {
		[array.concat(_p, ["initContainers", 0, "securityContext", "runAsUser"]), null],
		[array.concat(_p, ["securityContext", "runAsNonRoot"]), [{"set": array.concat(_p, ["securityContext", "runAsNonRoot"]), "value": true}]],
		[array.concat(_p, ["containers", 1, "securityContext", "runAsNonRoot"]), [{"set": array.concat(_p, ["containers", 1, "securityContext", "runAsNonRoot"]), "value": true}]],
	}
}

test_fix_sets_the_missing_field_in_the_container if {
	result := run_as_root.deny with input as _deployment({"containers": [{"name": "app"}]})
	{f.fix | some f in result} == {[{"set": array.concat(_base, ["containers", 0, "securityContext", "runAsNonRoot"]), "value": true}]}
}
