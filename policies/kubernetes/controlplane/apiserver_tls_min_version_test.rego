package srm.kubernetes.controlplane.apiserver_tls_min_version_test

import data.srm.kubernetes.controlplane.apiserver_tls_min_version

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/control-plane",
	"type": "Pod",
	"name": "control-plane",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "control-plane"}, "spec": {"containers": containers}},
}]}}

_config(values) := {"format": "kubernetes", "file": "x.yaml", "resources": {"KubeletConfiguration": [{
	"address": "KubeletConfiguration/<unnamed>",
	"type": "KubeletConfiguration",
	"name": "<unnamed>",
	"values": object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, values),
}]}}

test_old_versions_denied if {
	result := apiserver_tls_min_version.deny with input as _pod([
		{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.31.1", "command": ["kube-apiserver", "--tls-min-version=VersionTLS10"]},
		{"name": "b", "command": ["kubelet", "--tls-min-version", "VersionTLS11"]},
		{"name": "c", "command": ["kube-scheduler", "--tls-min-version=VersionTLS12"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1]}
}

test_config_file_denied if {
	result := apiserver_tls_min_version.deny with input as _config({"tlsMinVersion": "VersionTLS11"})
	{f.path | some f in result} == {["tlsMinVersion"]}
}

test_omitted_on_old_release_denied if {
	result := apiserver_tls_min_version.deny with input as _pod([
		{"name": "old", "image": "registry.k8s.io/kube-apiserver:v1.29.8", "command": ["kube-apiserver"]},
		{"name": "new", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": ["kube-apiserver"]},
		{"name": "unknown", "image": "registry.example.com/control-plane:latest", "command": ["kube-apiserver"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command"]}
}

test_modern_omitted_or_substituted_allowed if {
	result := apiserver_tls_min_version.deny with input as _pod([
		{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.28.4", "command": ["kube-apiserver", "--tls-min-version=VersionTLS12"]},
		{"name": "b", "command": ["kubelet", "--tls-min-version=VersionTLS13"]},
		{"name": "c", "image": "registry.k8s.io/kube-apiserver:v1.28.4", "command": ["kube-apiserver", "--tls-min-version=${TLS_MIN_VERSION}"]},
	])
	count(result) == 0
	config := apiserver_tls_min_version.deny with input as _config({"readOnlyPort": 0})
	count(config) == 0
}

test_substituted_unknown if {
	result := apiserver_tls_min_version.unknown with input as _pod([{"name": "c", "command": ["kube-apiserver", "--tls-min-version=${TLS_MIN_VERSION}"]}])
	result == {{"resource": "Pod/kube-system/control-plane", "path": ["spec", "containers", 0, "command", 1]}}
	config := apiserver_tls_min_version.unknown with input as _config({"tlsMinVersion": "${TLS_MIN_VERSION}"})
	config == {{"resource": "KubeletConfiguration/<unnamed>", "path": ["tlsMinVersion"]}}
}

test_applies_to_control_plane_and_configs if {
	result := apiserver_tls_min_version.applies with input as _pod([{"name": "a", "command": ["nginx"]}])
	count(result) == 0
	config := apiserver_tls_min_version.applies with input as _config({})
	config == {"KubeletConfiguration/<unnamed>"}
}

test_fix_requires_tls_1_2 if {
	pods := apiserver_tls_min_version.deny with input as _pod([
		{"name": "a", "command": ["kubelet", "--tls-min-version=VersionTLS10"]},
		{"name": "b", "image": "registry.k8s.io/kube-apiserver:v1.29.8", "command": ["kube-apiserver", "--etcd-servers=https://127.0.0.1:2379"]},
	])
	{f.fix | some f in pods} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--tls-min-version=VersionTLS12"}],
		[{"append": ["spec", "containers", 1, "command"], "value": "--tls-min-version=VersionTLS12"}],
	}
	config := apiserver_tls_min_version.deny with input as _config({"tlsMinVersion": "VersionTLS11"})
	{f.fix | some f in config} == {[{"set": ["tlsMinVersion"], "value": "VersionTLS12"}]}
}
