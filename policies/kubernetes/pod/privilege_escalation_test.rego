package srm.kubernetes.pod.privilege_escalation_test

import data.srm.kubernetes.pod.privilege_escalation

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

_deployment(pod_spec) := _doc("Deployment", {"kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"spec": pod_spec}}})

_cronjob(pod_spec) := _doc("CronJob", {"kind": "CronJob", "metadata": {"name": "web"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": pod_spec}}}}})

test_explicit_true_denied if {
	result := privilege_escalation.deny with input as _deployment({"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": true}}]})
	count(result) == 1
	some finding in result
	finding.path == ["spec", "template", "spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]
	contains(finding.msg, "is true")
}

test_missing_denied_in_cronjob_init_container if {
	result := privilege_escalation.deny with input as _cronjob({
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": false}}],
	})
	count(result) == 1
	some finding in result
	finding.resource == "CronJob/default/web"
	finding.path == ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "allowPrivilegeEscalation"]
	contains(finding.msg, "not set")
}

test_false_allowed if {
	result := privilege_escalation.deny with input as _deployment({
		"initContainers": [{"name": "init", "securityContext": {"allowPrivilegeEscalation": false}}],
		"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": false}}],
	})
	count(result) == 0
}

test_containers_mapping_not_judged if {
	result := privilege_escalation.deny with input as _doc("Pod", {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
		"containers": {"app": {"image": "example/web:1.4.2"}},
		"initContainers": {"name": "init", "image": "example/init:1.0"},
	}})
	count(result) == 0
}

test_only_objects_in_list_judged if {
	result := privilege_escalation.deny with input as _deployment({
		"initContainers": {"migrate": {"image": "example/migrate:3.2.1"}},
		"containers": ["app", {"name": "proxy"}],
	})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 1, "securityContext", "allowPrivilegeEscalation"]}
}

test_fix_sets_false_in_the_named_container if {
	result := privilege_escalation.deny with input as _cronjob({
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app", "securityContext": {"allowPrivilegeEscalation": false}}, {"name": "side", "securityContext": {"allowPrivilegeEscalation": true}}],
	})
	{f.fix | some f in result} == {
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "allowPrivilegeEscalation"], "value": false}],
		[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "containers", 1, "securityContext", "allowPrivilegeEscalation"], "value": false}],
	}
}
