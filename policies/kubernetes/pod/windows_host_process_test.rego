package srm.kubernetes.pod.windows_host_process_test

import data.srm.kubernetes.pod.windows_host_process

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/agent", [kind]),
	"type": kind,
	"name": "agent",
	"namespace": "apps",
	"values": values,
}]}}

test_host_process_denied if {
	result := windows_host_process.deny with input as _doc("DaemonSet", {"kind": "DaemonSet", "spec": {"template": {"spec": {
		"hostNetwork": true,
		"securityContext": {"windowsOptions": {"hostProcess": true, "runAsUserName": "NT AUTHORITY\\SYSTEM"}},
		"containers": [{"name": "agent", "securityContext": {"windowsOptions": {"hostProcess": true}}}],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "securityContext", "windowsOptions", "hostProcess"],
		["spec", "template", "spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"],
	}
}

test_cronjob_container_denied if {
	result := windows_host_process.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "job", "securityContext": {"windowsOptions": {"hostProcess": true}}}]}}}}}})
	count(result) == 1
}

test_regular_windows_container_allowed if {
	result := windows_host_process.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"securityContext": {"windowsOptions": {"runAsUserName": "ContainerUser"}},
		"containers": [{"name": "iis", "securityContext": {"windowsOptions": {"hostProcess": false}}}],
	}}}})
	count(result) == 0
}

test_fix_sets_false_where_it_is_true if {
	result := windows_host_process.deny with input as _doc("DaemonSet", {"kind": "DaemonSet", "spec": {"template": {"spec": {
		"securityContext": {"windowsOptions": {"hostProcess": true}},
		"initContainers": [{"name": "init", "securityContext": {"windowsOptions": {"hostProcess": true}}}],
		"containers": [{"name": "agent"}],
	}}}})
	{f.fix | some f in result} == {
		[{"set": ["spec", "template", "spec", "securityContext", "windowsOptions", "hostProcess"], "value": false}],
		[{"set": ["spec", "template", "spec", "initContainers", 0, "securityContext", "windowsOptions", "hostProcess"], "value": false}],
	}
}
