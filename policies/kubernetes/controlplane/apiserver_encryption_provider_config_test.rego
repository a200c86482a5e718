package srm.kubernetes.controlplane.apiserver_encryption_provider_config_test

import data.srm.kubernetes.controlplane.apiserver_encryption_provider_config

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_omitted_flag_denied if {
	result := apiserver_encryption_provider_config.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--etcd-servers=https://127.0.0.1:2379"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "args": ["--etcd-servers=https://127.0.0.1:2379"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command"], ["spec", "containers", 1, "args"]}
}

test_shell_string_without_flag_denied if {
	result := apiserver_encryption_provider_config.deny with input as _pod([{"name": "a", "command": ["sh", "-c", "exec kube-apiserver --etcd-servers=https://127.0.0.1:2379"]}])
	count(result) == 1
}

test_configured_or_substituted_allowed if {
	result := apiserver_encryption_provider_config.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--encryption-provider-config=/etc/kubernetes/enc/config.yaml"]},
		{"name": "b", "command": ["kube-apiserver", "--encryption-provider-config", "${ENCRYPTION_CONFIG}"]},
		{"name": "c", "command": ["/app/metrics-exporter", "--target=kube-apiserver:6443"]},
	])
	count(result) == 0
}

test_applies_to_api_servers if {
	result := apiserver_encryption_provider_config.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}])
	result == {"Pod/kube-system/kube-apiserver"}
	other := apiserver_encryption_provider_config.applies with input as _pod([{"name": "a", "command": ["nginx"]}])
	count(other) == 0
}
