package srm.kubernetes.controlplane.kubelet_config_anonymous_auth_test

import data.srm.kubernetes.controlplane.kubelet_config_anonymous_auth

_config(values) := {"format": "kubernetes", "file": "x.yaml", "resources": {"KubeletConfiguration": [{
	"address": "KubeletConfiguration/<unnamed>",
	"type": "KubeletConfiguration",
	"name": "<unnamed>",
	"values": object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, values),
}]}}

test_anonymous_enabled_denied if {
	result := kubelet_config_anonymous_auth.deny with input as _config({"authentication": {"anonymous": {"enabled": true}, "webhook": {"enabled": true}}})
	{f.path | some f in result} == {["authentication", "anonymous", "enabled"]}
}

test_omitted_false_or_substituted_allowed if {
	omitted := kubelet_config_anonymous_auth.deny with input as _config({"readOnlyPort": 0})
	count(omitted) == 0
	partial := kubelet_config_anonymous_auth.deny with input as _config({"authentication": {"webhook": {"enabled": true}}})
	count(partial) == 0
	disabled := kubelet_config_anonymous_auth.deny with input as _config({"authentication": {"anonymous": {"enabled": false}}})
	count(disabled) == 0
	substituted := kubelet_config_anonymous_auth.deny with input as _config({"authentication": {"anonymous": {"enabled": "${KUBELET_ANONYMOUS}"}}})
	count(substituted) == 0
}

test_fix_sets_false if {
	result := kubelet_config_anonymous_auth.deny with input as _config({"authentication": {"anonymous": {"enabled": true}}})
	{f.fix | some f in result} == {[{"set": ["authentication", "anonymous", "enabled"], "value": false}]}
}
