package srm.kubernetes.controlplane.apiserver_insecure_port_test

import data.srm.kubernetes.controlplane.apiserver_insecure_port

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_explicit_port_denied if {
	result := apiserver_insecure_port.deny with input as _pod([
		{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.18.20", "command": ["kube-apiserver", "--insecure-port=8080"]},
		{"name": "b", "command": ["kube-apiserver", "--insecure-port", "8081"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1]}
}

test_old_version_without_flag_denied if {
	result := apiserver_insecure_port.deny with input as _pod([{"name": "a", "image": "k8s.gcr.io/kube-apiserver:v1.19.16", "command": ["kube-apiserver", "--secure-port=6443"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command"]}
}

test_disabled_new_or_unknown_version_allowed if {
	result := apiserver_insecure_port.deny with input as _pod([
		{"name": "a", "image": "k8s.gcr.io/kube-apiserver:v1.18.20", "command": ["kube-apiserver", "--insecure-port=0"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.30.4", "command": ["kube-apiserver"]},
		{"name": "c", "image": "example/control-plane:2024.1", "command": ["kube-apiserver"]},
	])
	count(result) == 0
}

test_fix_closes_the_port if {
	result := apiserver_insecure_port.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--insecure-port=8080"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.19.16", "command": ["kube-apiserver", "--etcd-servers=https://127.0.0.1:2379"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--insecure-port=0"}],
		[{"append": ["spec", "containers", 1, "command"], "value": "--insecure-port=0"}],
	}
}
