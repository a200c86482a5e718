package srm.kubernetes.controlplane.apiserver_deny_external_ips_test

import data.srm.kubernetes.controlplane.apiserver_deny_external_ips

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_list_without_plugin_and_omitted_denied if {
	result := apiserver_deny_external_ips.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction"]},
		{"name": "b", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command"]}
}

test_enabled_or_substituted_allowed if {
	result := apiserver_deny_external_ips.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs"]},
		{"name": "b", "command": ["sh", "-c", "kube-apiserver --enable-admission-plugins DenyServiceExternalIPs"]},
		{"name": "c", "command": ["kube-apiserver", "--enable-admission-plugins=${ADMISSION_PLUGINS}"]},
	])
	count(result) == 0
}

test_substituted_unknown if {
	result := apiserver_deny_external_ips.unknown with input as _pod([{"name": "c", "command": ["kube-apiserver", "--enable-admission-plugins=${ADMISSION_PLUGINS}"]}])
	result == {{"resource": "Pod/kube-system/kube-apiserver", "path": ["spec", "containers", 0, "command", 1]}}
}

test_applies_to_api_servers if {
	result := apiserver_deny_external_ips.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}, {"name": "b", "command": ["nginx"]}])
	result == {"Pod/kube-system/kube-apiserver"}
}

test_fix_adds_the_plugin if {
	result := apiserver_deny_external_ips.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction"]},
		{"name": "b", "command": ["kube-apiserver", "--admission-control", "NamespaceLifecycle,ServiceAccount"]},
		{"name": "c", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--authorization-mode=Node,RBAC"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs"}],
		[{"set": ["spec", "containers", 1, "command", 2], "value": "NamespaceLifecycle,ServiceAccount,DenyServiceExternalIPs"}],
		[{"append": ["spec", "containers", 2, "args"], "value": "--enable-admission-plugins=DenyServiceExternalIPs"}],
	}
}
