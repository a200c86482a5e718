package srm.kubernetes.controlplane.kubelet_streaming_idle_timeout_test

import data.srm.kubernetes.controlplane.kubelet_streaming_idle_timeout

_ds(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"DaemonSet": [{
	"address": "DaemonSet/kube-system/kubelet",
	"type": "DaemonSet",
	"name": "kubelet",
	"namespace": "kube-system",
	"values": {"kind": "DaemonSet", "metadata": {"name": "kubelet"}, "spec": {"template": {"spec": {"containers": containers}}}},
}]}}

_config(values) := {"format": "kubernetes", "file": "x.yaml", "resources": {"KubeletConfiguration": [{
	"address": "KubeletConfiguration/<unnamed>",
	"type": "KubeletConfiguration",
	"name": "<unnamed>",
	"values": object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, values),
}]}}

test_zero_flag_denied if {
	result := kubelet_streaming_idle_timeout.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--streaming-connection-idle-timeout=0"]},
		{"name": "b", "command": ["kubelet", "--streaming-connection-idle-timeout", "0h0m0s"]},
	])
	{f.path | some f in result} == {
		["spec", "template", "spec", "containers", 0, "command", 1],
		["spec", "template", "spec", "containers", 1, "command", 1],
	}
}

test_zero_config_denied if {
	text := kubelet_streaming_idle_timeout.deny with input as _config({"streamingConnectionIdleTimeout": "0s"})
	{f.path | some f in text} == {["streamingConnectionIdleTimeout"]}
	number := kubelet_streaming_idle_timeout.deny with input as _config({"streamingConnectionIdleTimeout": 0})
	count(number) == 1
}

test_default_finite_or_substituted_allowed if {
	flags := kubelet_streaming_idle_timeout.deny with input as _ds([
		{"name": "a", "command": ["kubelet"]},
		{"name": "b", "command": ["kubelet", "--streaming-connection-idle-timeout=5m"]},
		{"name": "c", "command": ["kubelet", "--streaming-connection-idle-timeout=${IDLE_TIMEOUT}"]},
	])
	count(flags) == 0
	omitted := kubelet_streaming_idle_timeout.deny with input as _config({"readOnlyPort": 0})
	count(omitted) == 0
	finite := kubelet_streaming_idle_timeout.deny with input as _config({"streamingConnectionIdleTimeout": "10m0s"})
	count(finite) == 0
	substituted := kubelet_streaming_idle_timeout.deny with input as _config({"streamingConnectionIdleTimeout": "${IDLE_TIMEOUT}"})
	count(substituted) == 0
}

test_applies_to_kubelets_and_configs if {
	result := kubelet_streaming_idle_timeout.applies with input as _ds([{"name": "a", "command": ["kubelet"]}, {"name": "b", "command": ["nginx"]}])
	result == {"DaemonSet/kube-system/kubelet"}
}

test_fix_sets_the_default_timeout if {
	pods := kubelet_streaming_idle_timeout.deny with input as _ds([{"name": "a", "command": ["kubelet", "--streaming-connection-idle-timeout", "0s"]}])
	{f.fix | some f in pods} == {[{"set": ["spec", "template", "spec", "containers", 0, "command", 2], "value": "4h"}]}
	config := kubelet_streaming_idle_timeout.deny with input as _config({"streamingConnectionIdleTimeout": 0})
	{f.fix | some f in config} == {[{"set": ["streamingConnectionIdleTimeout"], "value": "4h"}]}
}
