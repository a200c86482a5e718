package srm.kubernetes.controlplane.audit_log_test

import data.srm.kubernetes.controlplane.audit_log

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": containers}},
}]}}

test_missing_audit_log_path_denied if {
	result := audit_log.deny with input as _pod([{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC", "--audit-log-maxage=30"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command"]}
}

test_image_entrypoint_and_shell_denied if {
	result := audit_log.deny with input as _pod([
		{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--etcd-servers=https://127.0.0.1:2379"]},
		{"name": "b", "image": "example/cp:1", "command": ["/bin/sh", "-c", "exec /usr/local/bin/kube-apiserver --audit-log-path="]},
	])
	count(result) == 2
}

test_audit_log_enabled_allowed if {
	result := audit_log.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--audit-log-path=/var/log/kubernetes/audit.log"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--audit-log-path", "/var/log/audit.log"]},
		{"name": "c", "command": ["sh", "-c", "kube-apiserver --audit-log-path -"]},
		{"name": "d", "command": ["/app/server"]},
	])
	count(result) == 0
}
