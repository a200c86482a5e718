package srm.kubernetes.controlplane.etcd_client_cert_auth_test

import data.srm.kubernetes.controlplane.etcd_client_cert_auth

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/etcd",
	"type": "Pod",
	"name": "etcd",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "etcd"}, "spec": {"containers": containers}},
}]}}

test_disabled_denied if {
	result := etcd_client_cert_auth.deny with input as _pod([
		{"name": "a", "command": ["etcd", "--client-cert-auth=false", "--data-dir=/var/lib/etcd"]},
		{"name": "b", "command": ["/usr/local/bin/etcd"], "env": [{"name": "ETCD_CLIENT_CERT_AUTH", "value": "false"}]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "env", 0, "value"]}
}

test_missing_denied if {
	result := etcd_client_cert_auth.deny with input as _pod([{"name": "a", "image": "registry.k8s.io/etcd:3.5.15-0", "command": ["etcd", "--listen-client-urls=https://127.0.0.1:2379"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command"]}
}

test_enabled_or_configured_allowed if {
	result := etcd_client_cert_auth.deny with input as _pod([
		{"name": "a", "command": ["etcd", "--client-cert-auth=true", "--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt"]},
		{"name": "b", "command": ["etcd", "--config-file=/etc/etcd/etcd.yaml"]},
		{"name": "c", "command": ["etcd"], "env": [{"name": "ETCD_CLIENT_CERT_AUTH", "value": "true"}]},
		{"name": "d", "command": ["kube-apiserver", "--etcd-servers=https://127.0.0.1:2379", "--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt"]},
		{"name": "e", "command": ["etcd", "--client-cert-auth"]},
	])
	count(result) == 0
}

test_fix_requires_client_certificates if {
	result := etcd_client_cert_auth.deny with input as _pod([
		{"name": "a", "command": ["etcd", "--client-cert-auth=false"]},
		{"name": "b", "command": ["etcd"], "env": ["malformed", {"name": "ETCD_CLIENT_CERT_AUTH", "value": "false"}]},
		{"name": "c", "command": ["etcd", "--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt"]},
	])
	{[f.path, f.fix] | some f in result} == {
		[["spec", "containers", 0, "command", 1], [{"set": ["spec", "containers", 0, "command", 1], "value": "--client-cert-auth=true"}]],
		[["spec", "containers", 1, "env", 1, "value"], [{"set": ["spec", "containers", 1, "env", 1, "value"], "value": "true"}]],
		[["spec", "containers", 2, "command"], [{"append": ["spec", "containers", 2, "command"], "value": "--client-cert-auth=true"}]],
	}
}
