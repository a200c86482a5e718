package srm.kubernetes.controlplane.kubelet_config_authorization_mode_test

import data.srm.kubernetes.controlplane.kubelet_config_authorization_mode

_config(values) := {"format": "kubernetes", "file": "x.yaml", "resources": {"KubeletConfiguration": [{
	"address": "KubeletConfiguration/<unnamed>",
	"type": "KubeletConfiguration",
	"name": "<unnamed>",
	"values": object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, values),
}]}}

test_always_allow_denied if {
	result := kubelet_config_authorization_mode.deny with input as _config({"authorization": {"mode": "AlwaysAllow"}})
	{f.path | some f in result} == {["authorization", "mode"]}
}

test_omitted_webhook_or_substituted_allowed if {
	omitted := kubelet_config_authorization_mode.deny with input as _config({"readOnlyPort": 0})
	count(omitted) == 0
	webhook := kubelet_config_authorization_mode.deny with input as _config({"authorization": {"mode": "Webhook"}})
	count(webhook) == 0
	substituted := kubelet_config_authorization_mode.deny with input as _config({"authorization": {"mode": "${KUBELET_AUTHZ_MODE}"}})
	count(substituted) == 0
}

test_fix_sets_webhook if {
	result := kubelet_config_authorization_mode.deny with input as _config({"authorization": {"mode": "AlwaysAllow"}})
	{f.fix | some f in result} == {[{"set": ["authorization", "mode"], "value": "Webhook"}]}
}
