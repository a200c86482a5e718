package srm.kubernetes.controlplane.apiserver_authorization_mode_test

import data.srm.kubernetes.controlplane.apiserver_authorization_mode

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_always_allow_denied if {
	result := apiserver_authorization_mode.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--authorization-mode=AlwaysAllow"]},
		{"name": "b", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC,AlwaysAllow"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1]}
}

test_missing_denied if {
	result := apiserver_authorization_mode.deny with input as _pod([{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--etcd-servers=https://127.0.0.1:2379"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "args"]}
}

test_rbac_or_config_allowed if {
	result := apiserver_authorization_mode.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]},
		{"name": "b", "command": ["kube-apiserver", "--authorization-config=/etc/kubernetes/authz.yaml"]},
		{"name": "c", "command": ["kube-apiserver", "--authorization-mode", "RBAC"]},
	])
	count(result) == 0
}

test_kubelet_explicit_value_denied if {
	result := apiserver_authorization_mode.deny with input as _pod([
		{"name": "a", "command": ["kubelet", "--authorization-mode=Webhook,AlwaysAllow"]},
		{"name": "b", "image": "registry.k8s.io/kubelet:v1.31.1", "command": ["kubelet"], "args": ["--authorization-mode=Webhook,AlwaysAllow"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "args", 0]}
}

test_kubelet_safe_or_unset_allowed if {
	result := apiserver_authorization_mode.deny with input as _pod([
		{"name": "a", "command": ["kubelet", "--authorization-mode=Webhook"]},
		{"name": "b", "command": ["kubelet", "--config=/var/lib/kubelet/config.yaml"]},
	])
	count(result) == 0
}

test_fix_drops_always_allow_or_adds_node_rbac if {
	result := apiserver_authorization_mode.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--authorization-mode=AlwaysAllow,RBAC"]},
		{"name": "b", "command": ["kube-apiserver", "--authorization-mode", "AlwaysAllow"]},
		{"name": "c", "command": ["kube-apiserver", "--etcd-servers=https://127.0.0.1:2379"]},
		{"name": "d", "command": ["kubelet", "--authorization-mode=AlwaysAllow"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--authorization-mode=RBAC"}],
		[{"set": ["spec", "containers", 1, "command", 2], "value": "Node,RBAC"}],
		[{"append": ["spec", "containers", 2, "command"], "value": "--authorization-mode=Node,RBAC"}],
		[{"set": ["spec", "containers", 3, "command", 1], "value": "--authorization-mode=Webhook"}],
	}
}
