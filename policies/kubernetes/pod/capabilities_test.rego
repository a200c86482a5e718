package srm.kubernetes.pod.capabilities_test

import data.srm.kubernetes.pod.capabilities

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

_deployment(pod_spec) := _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": pod_spec}}})

_cronjob(pod_spec) := _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": pod_spec}}}}})

_c := ["spec", "template", "spec", "containers"]

test_added_capability_denied if {
	result := capabilities.deny with input as _deployment({"containers": [{"name": "app", "securityContext": {"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "SYS_ADMIN"]}}}]})
	{f.path | some f in result} == {array.concat(_c, [0, "securityContext", "capabilities", "add", 1])}
}

test_drop_without_all_denied if {
	result := capabilities.deny with input as _deployment({"containers": [
		{"name": "a", "securityContext": {"capabilities": {"drop": ["NET_RAW"]}}},
		{"name": "b"},
	]})
	{f.path | some f in result} == {
		array.concat(_c, [0, "securityContext", "capabilities", "drop"]),
		array.concat(_c, [1, "securityContext", "capabilities", "drop"]),
	}
}

test_cronjob_init_container_denied if {
	result := capabilities.deny with input as _cronjob({
		"initContainers": [{"name": "init", "securityContext": {"capabilities": {"add": ["NET_ADMIN"]}}}],
		"containers": [{"name": "app", "securityContext": {"capabilities": {"drop": ["ALL"]}}}],
	})
	count(result) == 2
}

test_drop_all_allowed if {
	result := capabilities.deny with input as _deployment({"containers": [
		{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"]}}},
		{"name": "b", "securityContext": {"capabilities": {"drop": ["all"], "add": ["NET_BIND_SERVICE"]}}},
	]})
	count(result) == 0
}

test_fix_keeps_only_net_bind_service_in_add if {
	result := capabilities.deny with input as _deployment({"containers": [{"name": "app", "securityContext": {"capabilities": {"drop": ["ALL"], "add": ["SYS_ADMIN", "NET_BIND_SERVICE", "NET_ADMIN"]}}}]})
	count(result) == 2
	every f in result {
		f.fix == [{"set": array.concat(_c, [0, "securityContext", "capabilities", "add"]), "value": ["NET_BIND_SERVICE"]}]
	}
}

test_fix_removes_add_when_nothing_may_stay if {
	result := capabilities.deny with input as _cronjob({
		"initContainers": [{"name": "init", "securityContext": {"capabilities": {"drop": ["ALL"], "add": ["NET_ADMIN"]}}}],
		"containers": [{"name": "app"}],
	})
	{f.fix | some f in result} == {
		[{"remove": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "capabilities", "add"]}],
		[{"append": ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "drop"], "value": "ALL"}],
	}
}

test_fix_appends_all_to_drop_or_replaces_a_non_list if {
	result := capabilities.deny with input as _deployment({"containers": [
		{"name": "a", "securityContext": {"capabilities": {"drop": ["NET_RAW"]}}},
		{"name": "b", "securityContext": {"capabilities": {"drop": "NET_RAW"}}},
	]})
	{f.fix | some f in result} == {
		[{"append": array.concat(_c, [0, "securityContext", "capabilities", "drop"]), "value": "ALL"}],
		[{"set": array.concat(_c, [1, "securityContext", "capabilities", "drop"]), "value": ["ALL"]}],
	}
}
