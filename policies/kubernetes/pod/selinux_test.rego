package srm.kubernetes.pod.selinux_test

import data.srm.kubernetes.pod.selinux

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_custom_type_user_role_denied if {
	result := selinux.deny with input as _doc("DaemonSet", {"kind": "DaemonSet", "spec": {"template": {"spec": {
		"securityContext": {"seLinuxOptions": {"type": "spc_t"}},
		"containers": [{"name": "agent", "securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r", "level": "s0"}}}],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "securityContext", "seLinuxOptions", "type"],
		["spec", "template", "spec", "containers", 0, "securityContext", "seLinuxOptions", "user"],
		["spec", "template", "spec", "containers", 0, "securityContext", "seLinuxOptions", "role"],
	}
}

test_cronjob_init_container_denied if {
	result := selinux.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"initContainers": [{"name": "init", "securityContext": {"seLinuxOptions": {"type": "unconfined_t"}}}],
		"containers": [{"name": "job"}],
	}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "seLinuxOptions", "type"]}
}

test_allowed_options if {
	result := selinux.deny with input as _doc("Pod", {"kind": "Pod", "spec": {
		"securityContext": {"seLinuxOptions": {"level": "s0:c123,c456"}},
		"containers": [
			{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_t"}}},
			{"name": "b", "securityContext": {"seLinuxOptions": {"type": "container_init_t", "user": "", "role": ""}}},
		],
	}})
	count(result) == 0
}

test_fix_removes_each_custom_field if {
	result := selinux.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"securityContext": {"seLinuxOptions": {"type": "spc_t", "level": "s0:c1,c2"}},
		"containers": [{"name": "app", "securityContext": {"seLinuxOptions": {"user": "system_u", "type": "container_t"}}}],
	}}}}}})
	_p := ["spec", "jobTemplate", "spec", "template", "spec"]
	{f.fix | some f in result} == {
		[{"remove": array.concat(_p, ["securityContext", "seLinuxOptions", "type"])}],
		[{"remove": array.concat(_p, ["containers", 0, "securityContext", "seLinuxOptions", "user"])}],
	}
}
