package srm.kubernetes.serviceaccount.automount_disabled_test

import data.srm.kubernetes.serviceaccount.automount_disabled

_doc(accounts) := {"format": "kubernetes", "file": "x.yaml", "resources": {"ServiceAccount": [{
	"address": sprintf("ServiceAccount/apps/%s", [a.metadata.name]),
	"type": "ServiceAccount",
	"name": a.metadata.name,
	"namespace": "apps",
	"values": a,
} | some a in accounts]}}

test_missing_or_true_denied if {
	result := automount_disabled.deny with input as _doc([
		{"kind": "ServiceAccount", "metadata": {"name": "default", "namespace": "apps"}},
		{"kind": "ServiceAccount", "metadata": {"name": "web", "namespace": "apps"}, "automountServiceAccountToken": true},
	])
	{f.resource | some f in result} == {"ServiceAccount/apps/default", "ServiceAccount/apps/web"}
	every f in result {
		f.path == ["automountServiceAccountToken"]
	}
}

test_default_named_in_message if {
	result := automount_disabled.deny with input as _doc([{"kind": "ServiceAccount", "metadata": {"name": "default"}}])
	some f in result
	contains(f.msg, "default ServiceAccount")
}

test_opted_out_allowed if {
	result := automount_disabled.deny with input as _doc([{"kind": "ServiceAccount", "metadata": {"name": "web"}, "automountServiceAccountToken": false}])
	count(result) == 0
}

test_fix_sets_false if {
	result := automount_disabled.deny with input as _doc([{"kind": "ServiceAccount", "metadata": {"name": "web"}, "automountServiceAccountToken": true}])
	{f.fix | some f in result} == {[{"set": ["automountServiceAccountToken"], "value": false}]}
}
