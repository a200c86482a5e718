package srm.kubernetes.controlplane.apiserver_request_timeout_test

import data.srm.kubernetes.controlplane.apiserver_request_timeout

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_long_timeouts_denied if {
	result := apiserver_request_timeout.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--request-timeout=1h"]},
		{"name": "b", "command": ["kube-apiserver", "--request-timeout", "5m1s"]},
		{"name": "c", "command": ["sh", "-c", "kube-apiserver --request-timeout=600s"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1], ["spec", "containers", 2, "command", 2]}
}

test_default_short_odd_or_substituted_allowed if {
	result := apiserver_request_timeout.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver"]},
		{"name": "b", "command": ["kube-apiserver", "--request-timeout=60s"]},
		{"name": "c", "command": ["kube-apiserver", "--request-timeout=5m0s"]},
		{"name": "d", "command": ["kube-apiserver", "--request-timeout=500ms"]},
		{"name": "e", "command": ["kube-apiserver", "--request-timeout=${REQUEST_TIMEOUT}"]},
	])
	count(result) == 0
}

test_substituted_unknown if {
	result := apiserver_request_timeout.unknown with input as _pod([{"name": "e", "command": ["kube-apiserver", "--request-timeout=${REQUEST_TIMEOUT}"]}])
	result == {{"resource": "Pod/kube-system/kube-apiserver", "path": ["spec", "containers", 0, "command", 1]}}
}

test_applies_to_api_servers if {
	result := apiserver_request_timeout.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}])
	result == {"Pod/kube-system/kube-apiserver"}
}

test_fix_sets_the_default if {
	result := apiserver_request_timeout.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--request-timeout=1h"]},
		{"name": "b", "command": ["/bin/sh", "-c", "exec kube-apiserver --request-timeout 10m0s --v=2"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--request-timeout=60s"}],
		[{"set": ["spec", "containers", 1, "command", 2], "value": "exec kube-apiserver --request-timeout=60s --v=2"}],
	}
}
