package srm.kubernetes.rbac.webhook_config_write_test

import data.srm.kubernetes.rbac.webhook_config_write

_doc(kind, rules) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/webhook-admin", [kind]),
	"type": kind,
	"name": "webhook-admin",
	"values": {"kind": kind, "metadata": {"name": "webhook-admin"}, "rules": rules},
}]}}

test_write_webhook_configurations_denied if {
	result := webhook_config_write.deny with input as _doc("ClusterRole", [
		{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"], "verbs": ["get", "list", "create", "patch"]},
		{"apiGroups": ["*"], "resources": ["validatingwebhookconfigurations"], "verbs": ["delete"]},
	])
	{f.path | some f in result} == {["rules", 0, "resources", 0], ["rules", 0, "resources", 1], ["rules", 1, "resources", 0]}
}

test_read_named_or_placeholder_allowed if {
	result := webhook_config_write.deny with input as _doc("ClusterRole", [
		{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"], "verbs": ["get", "list", "watch"]},
		{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations"], "resourceNames": ["cert-manager-webhook"], "verbs": ["get", "update"]},
		{"apiGroups": [""], "resources": ["mutatingwebhookconfigurations"], "verbs": ["create"]},
		{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "verbs": ["${WEBHOOK_VERB}"]},
	])
	count(result) == 0
}
