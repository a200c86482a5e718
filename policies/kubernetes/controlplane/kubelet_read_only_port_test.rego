package srm.kubernetes.controlplane.kubelet_read_only_port_test

import data.srm.kubernetes.controlplane.kubelet_read_only_port

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

test_port_and_default_denied if {
	result := kubelet_read_only_port.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--read-only-port=10255"]},
		{"name": "b", "command": ["/usr/bin/kubelet", "--kubeconfig=/etc/kubernetes/kubelet.conf"]},
	])
	{f.path | some f in result} == {
		["spec", "template", "spec", "containers", 0, "command", 1],
		["spec", "template", "spec", "containers", 1, "command"],
	}
}

test_config_file_port_denied if {
	result := kubelet_read_only_port.deny with input as _config({"readOnlyPort": 10255})
	{f.path | some f in result} == {["readOnlyPort"]}
}

test_disabled_or_config_allowed if {
	result := kubelet_read_only_port.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--read-only-port=0"]},
		{"name": "b", "command": ["kubelet", "--config=/var/lib/kubelet/config.yaml"]},
		{"name": "c", "command": ["/app/kubelet-exporter"]},
	])
	count(result) == 0
	config := kubelet_read_only_port.deny with input as _config({"authentication": {"anonymous": {"enabled": false}}})
	count(config) == 0
}

test_fix_sets_the_secure_value_on_the_command_line_and_in_the_configuration if {
	pods := kubelet_read_only_port.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--read-only-port=10255"]},
		{"name": "b", "command": ["/usr/bin/kubelet", "--kubeconfig=/etc/kubernetes/kubelet.conf"]},
	])
	{f.fix | some f in pods} == {
		[{"set": ["spec", "template", "spec", "containers", 0, "command", 1], "value": "--read-only-port=0"}],
		[{"append": ["spec", "template", "spec", "containers", 1, "command"], "value": "--read-only-port=0"}],
	}
	config := kubelet_read_only_port.deny with input as _config({"readOnlyPort": 10255})
	{f.fix | some f in config} == {[{"set": ["readOnlyPort"], "value": 0}]}
}
