package srm.kubernetes.controlplane.apiserver_token_auth_file_test

import data.srm.kubernetes.controlplane.apiserver_token_auth_file

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_token_file_denied if {
	result := apiserver_token_auth_file.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--token-auth-file=/etc/kubernetes/tokens.csv"]},
		{"name": "b", "command": ["kube-apiserver", "--token-auth-file", "/srv/auth/known_tokens.csv"]},
		{"name": "c", "command": ["kube-apiserver", "--token-auth-file=${TOKEN_FILE}"]},
	])
	# A substituted path still names a token file.
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1], ["spec", "containers", 2, "command", 1]}
}

test_omitted_or_other_binary_allowed if {
	result := apiserver_token_auth_file.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--authorization-mode=Node,RBAC"]},
		{"name": "b", "command": ["kube-controller-manager", "--token-auth-file=/x.csv"]},
	])
	count(result) == 0
}

test_applies_to_api_servers if {
	result := apiserver_token_auth_file.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}])
	result == {"Pod/kube-system/kube-apiserver"}
}
