package srm.kubernetes.controlplane.apiserver_profiling_test

import data.srm.kubernetes.controlplane.apiserver_profiling

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_enabled_denied if {
	result := apiserver_profiling.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--profiling=true"]},
		{"name": "b", "command": ["kube-apiserver", "--profiling"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1]}
}

test_missing_denied if {
	result := apiserver_profiling.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command"]}
}

test_disabled_allowed if {
	result := apiserver_profiling.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--profiling=false"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--profiling=false"]},
		{"name": "c", "image": "registry.k8s.io/kube-scheduler:v1.31.1", "command": ["kube-scheduler", "--config=/etc/kubernetes/scheduler.yaml"]},
		{"name": "d", "command": ["kube-controller-manager", "--profiling=false"]},
		{"name": "e", "image": "example/app:1.0", "command": ["app", "--profiling=true"]},
	])
	count(result) == 0
}

test_controller_manager_and_scheduler_denied if {
	result := apiserver_profiling.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--profiling=true"]},
		{"name": "b", "image": "registry.k8s.io/kube-controller-manager:v1.31.1", "command": ["kube-controller-manager", "--leader-elect=true"]},
		{"name": "c", "command": ["kube-scheduler", "--profiling"]},
		{"name": "d", "image": "registry.k8s.io/kube-scheduler:v1.31.1", "args": ["--leader-elect=true"]},
	])
	{f.path | some f in result} == {
		["spec", "containers", 0, "command", 1],
		["spec", "containers", 1, "command"],
		["spec", "containers", 2, "command", 1],
		["spec", "containers", 3, "args"],
	}
}

test_fix_turns_profiling_off if {
	result := apiserver_profiling.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--profiling"]},
		{"name": "b", "command": ["kube-controller-manager", "--kubeconfig=/etc/kubernetes/controller-manager.conf"]},
		{"name": "c", "command": ["sh", "-c", "exec kube-scheduler --profiling=true"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--profiling=false"}],
		[{"append": ["spec", "containers", 1, "command"], "value": "--profiling=false"}],
		[{"set": ["spec", "containers", 2, "command", 2], "value": "exec kube-scheduler --profiling=false"}],
	}
}
