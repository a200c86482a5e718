package srm.kubernetes.controlplane.apiserver_node_restriction_test

import data.srm.kubernetes.controlplane.apiserver_node_restriction

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_list_without_plugin_denied if {
	result := apiserver_node_restriction.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=PodSecurity,EventRateLimit"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1]}
}

test_omitted_and_disabled_denied if {
	result := apiserver_node_restriction.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]},
		{"name": "b", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction", "--disable-admission-plugins=NodeRestriction"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command"], ["spec", "containers", 1, "command", 2]}
}

test_enabled_legacy_or_substituted_allowed if {
	result := apiserver_node_restriction.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction,PodSecurity"]},
		{"name": "b", "command": ["sh", "-c", "kube-apiserver --enable-admission-plugins PodSecurity,NodeRestriction"]},
		{"name": "c", "command": ["kube-apiserver", "--admission-control=NamespaceLifecycle,NodeRestriction"]},
		{"name": "d", "command": ["kube-apiserver", "--enable-admission-plugins=${ADMISSION_PLUGINS}"]},
	])
	count(result) == 0
}

test_substituted_list_unknown if {
	result := apiserver_node_restriction.unknown with input as _pod([{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=${ADMISSION_PLUGINS}"]}])
	result == {{"resource": "Pod/kube-system/kube-apiserver", "path": ["spec", "containers", 0, "command", 1]}}
}

test_fix_enables_the_plugin if {
	result := apiserver_node_restriction.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--enable-admission-plugins=PodSecurity"]},
		{"name": "b", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]},
		{"name": "c", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction", "--disable-admission-plugins=NodeRestriction,DefaultStorageClass"]},
		{"name": "d", "command": ["kube-apiserver", "--enable-admission-plugins=NodeRestriction", "--disable-admission-plugins", "NodeRestriction"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--enable-admission-plugins=PodSecurity,NodeRestriction"}],
		[{"append": ["spec", "containers", 1, "command"], "value": "--enable-admission-plugins=NodeRestriction"}],
		[{"set": ["spec", "containers", 2, "command", 2], "value": "--disable-admission-plugins=DefaultStorageClass"}],
		[{"set": ["spec", "containers", 3, "command", 3], "value": ""}],
	}
}
