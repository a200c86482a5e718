package srm.kubernetes.pod.host_pid_ipc_test

import data.srm.kubernetes.pod.host_pid_ipc

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

test_host_pid_and_ipc_denied if {
	result := host_pid_ipc.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"hostPID": true, "hostIPC": true, "containers": [{"name": "app"}]}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "hostPID"], ["spec", "template", "spec", "hostIPC"]}
}

test_cronjob_host_pid_denied if {
	result := host_pid_ipc.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostPID": true, "hostIPC": false, "containers": [{"name": "app"}]}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "hostPID"]}
}

test_isolated_pod_allowed if {
	result := host_pid_ipc.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"hostPID": false, "containers": [{"name": "app"}]}})
	count(result) == 0
}

test_fix_sets_each_field_false if {
	result := host_pid_ipc.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"hostPID": true, "hostIPC": true, "containers": [{"name": "app"}]}}}})
	{f.fix | some f in result} == {
		[{"set": ["spec", "template", "spec", "hostPID"], "value": false}],
		[{"set": ["spec", "template", "spec", "hostIPC"], "value": false}],
	}
}
