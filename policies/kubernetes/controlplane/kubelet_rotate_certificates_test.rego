package srm.kubernetes.controlplane.kubelet_rotate_certificates_test

import data.srm.kubernetes.controlplane.kubelet_rotate_certificates

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

test_flag_false_and_default_denied if {
	result := kubelet_rotate_certificates.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--rotate-certificates=false"]},
		{"name": "b", "command": ["kubelet", "--kubeconfig=/etc/kubernetes/kubelet.conf"]},
	])
	{f.path | some f in result} == {
		["spec", "template", "spec", "containers", 0, "command", 1],
		["spec", "template", "spec", "containers", 1, "command"],
	}
}

test_config_omitted_or_false_denied if {
	omitted := kubelet_rotate_certificates.deny with input as _config({"readOnlyPort": 0})
	{f.path | some f in omitted} == {["rotateCertificates"]}
	off := kubelet_rotate_certificates.deny with input as _config({"rotateCertificates": false})
	count(off) == 1
}

test_enabled_config_file_or_substituted_allowed if {
	flags := kubelet_rotate_certificates.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--rotate-certificates=true"]},
		{"name": "b", "command": ["kubelet", "--rotate-certificates"]},
		{"name": "c", "command": ["kubelet", "--config=/var/lib/kubelet/config.yaml"]},
	])
	count(flags) == 0
	config := kubelet_rotate_certificates.deny with input as _config({"rotateCertificates": true})
	count(config) == 0
	substituted := kubelet_rotate_certificates.deny with input as _config({"rotateCertificates": "${ROTATE}"})
	count(substituted) == 0
	unknown := kubelet_rotate_certificates.unknown with input as _config({"rotateCertificates": "${ROTATE}"})
	unknown == {{"resource": "KubeletConfiguration/<unnamed>", "path": ["rotateCertificates"]}}
}

test_applies_to_kubelets_and_configs if {
	result := kubelet_rotate_certificates.applies with input as _ds([{"name": "a", "command": ["kubelet"]}])
	result == {"DaemonSet/kube-system/kubelet"}
}

test_fix_sets_the_secure_value_on_the_command_line_and_in_the_configuration if {
	pods := kubelet_rotate_certificates.deny with input as _ds([
		{"name": "a", "command": ["kubelet", "--rotate-certificates=false"]},
		{"name": "b", "command": ["/usr/bin/kubelet", "--kubeconfig=/etc/kubernetes/kubelet.conf"]},
	])
	{f.fix | some f in pods} == {
		[{"set": ["spec", "template", "spec", "containers", 0, "command", 1], "value": "--rotate-certificates=true"}],
		[{"append": ["spec", "template", "spec", "containers", 1, "command"], "value": "--rotate-certificates=true"}],
	}
	config := kubelet_rotate_certificates.deny with input as _config({"rotateCertificates": false})
	{f.fix | some f in config} == {[{"set": ["rotateCertificates"], "value": true}]}
}
