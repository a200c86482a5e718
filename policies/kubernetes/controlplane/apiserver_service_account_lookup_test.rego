package srm.kubernetes.controlplane.apiserver_service_account_lookup_test

import data.srm.kubernetes.controlplane.apiserver_service_account_lookup

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_lookup_off_denied if {
	result := apiserver_service_account_lookup.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--service-account-lookup=false"]},
		{"name": "b", "command": ["sh", "-c", "kube-apiserver --service-account-lookup=0"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 2]}
}

test_omitted_true_or_substituted_allowed if {
	result := apiserver_service_account_lookup.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver"]},
		{"name": "b", "command": ["kube-apiserver", "--service-account-lookup=true"]},
		{"name": "c", "command": ["kube-apiserver", "--service-account-lookup"]},
		{"name": "d", "command": ["kube-apiserver", "--service-account-lookup=${SA_LOOKUP}"]},
	])
	count(result) == 0
}

test_applies_to_api_servers if {
	result := apiserver_service_account_lookup.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}])
	result == {"Pod/kube-system/kube-apiserver"}
}

test_fix_sets_true if {
	result := apiserver_service_account_lookup.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--service-account-lookup=false"]}])
	{f.fix | some f in result} == {[{"set": ["spec", "containers", 0, "command", 1], "value": "--service-account-lookup=true"}]}
}
