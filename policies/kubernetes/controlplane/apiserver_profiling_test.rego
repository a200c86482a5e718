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
		{"name": "c", "image": "registry.k8s.io/kube-scheduler:v1.31.1", "command": ["kube-scheduler"]},
	])
	count(result) == 0
}
