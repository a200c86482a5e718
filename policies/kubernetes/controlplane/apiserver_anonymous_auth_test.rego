package srm.kubernetes.controlplane.apiserver_anonymous_auth_test

import data.srm.kubernetes.controlplane.apiserver_anonymous_auth

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": containers}},
}]}}

test_explicit_true_denied if {
	result := apiserver_anonymous_auth.deny with input as _pod([{"name": "kube-apiserver", "command": ["kube-apiserver", "--anonymous-auth=true", "--authorization-mode=Node,RBAC"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1]}
}

test_missing_denied if {
	result := apiserver_anonymous_auth.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--etcd-servers=https://127.0.0.1:2379"]},
		{"name": "c", "command": ["/bin/sh", "-c", "exec /usr/local/bin/kube-apiserver --anonymous-auth"]},
	])
	{f.path | some f in result} == {
		["spec", "containers", 0, "command"],
		["spec", "containers", 1, "args"],
		["spec", "containers", 2, "command", 2],
	}
}

test_disabled_or_configured_allowed if {
	result := apiserver_anonymous_auth.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--anonymous-auth=false"]},
		{"name": "b", "command": ["sh", "-c", "kube-apiserver --anonymous-auth=false --profiling=false"]},
		{"name": "c", "command": ["kube-apiserver", "--authentication-config=/etc/kubernetes/authn.yaml"]},
		{"name": "d", "command": ["/app/server", "--anonymous-auth=true"]},
	])
	count(result) == 0
}

test_kubelet_explicit_value_denied if {
	result := apiserver_anonymous_auth.deny with input as _pod([
		{"name": "a", "command": ["kubelet", "--anonymous-auth=true"]},
		{"name": "b", "image": "registry.k8s.io/kubelet:v1.31.1", "command": ["kubelet"], "args": ["--anonymous-auth=true"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "args", 0]}
}

test_kubelet_safe_or_unset_allowed if {
	result := apiserver_anonymous_auth.deny with input as _pod([
		{"name": "a", "command": ["kubelet", "--anonymous-auth=false"]},
		{"name": "b", "command": ["kubelet", "--config=/var/lib/kubelet/config.yaml"]},
	])
	count(result) == 0
}

test_fix_rewrites_the_flag_where_it_is_written if {
	result := apiserver_anonymous_auth.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--anonymous-auth=true"]},
		{"name": "b", "command": ["/bin/sh", "-c", "exec /usr/local/bin/kube-apiserver --anonymous-auth --profiling=false"]},
		{"name": "c", "command": ["kubelet", "--anonymous-auth"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--anonymous-auth=false"}],
		[{"set": ["spec", "containers", 1, "command", 2], "value": "exec /usr/local/bin/kube-apiserver --anonymous-auth=false --profiling=false"}],
		[{"set": ["spec", "containers", 2, "command", 1], "value": "--anonymous-auth=false"}],
	}
}

test_fix_adds_the_missing_flag_to_the_command_line if {
	result := apiserver_anonymous_auth.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver"], "args": ["--authorization-mode=Node,RBAC"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--etcd-servers=https://127.0.0.1:2379"]},
		{"name": "c", "command": ["/bin/sh", "-c", "exec kube-apiserver --profiling=false"]},
	])
	{f.fix | some f in result} == {
		[{"append": ["spec", "containers", 0, "command"], "value": "--anonymous-auth=false"}],
		[{"append": ["spec", "containers", 1, "args"], "value": "--anonymous-auth=false"}],
		[{"set": ["spec", "containers", 2, "command", 2], "value": "exec kube-apiserver --anonymous-auth=false --profiling=false"}],
	}
}

test_no_fix_when_the_command_line_is_ambiguous if {
	result := apiserver_anonymous_auth.deny with input as _pod([{"name": "a", "command": ["/bin/sh", "-c", "kube-apiserver --version && exec kube-apiserver --profiling=false"]}])
	count(result) == 1
	every f in result {
		not "fix" in object.keys(f)
	}
}
