package srm.kubernetes.controlplane.apiserver_kubelet_certificate_authority_test

import data.srm.kubernetes.controlplane.apiserver_kubelet_certificate_authority

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-apiserver",
	"type": "Pod",
	"name": "kube-apiserver",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-apiserver"}, "spec": {"containers": containers}},
}]}}

test_omitted_flag_denied if {
	result := apiserver_kubelet_certificate_authority.deny with input as _pod([{"name": "a", "command": ["kube-apiserver", "--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt"]}])
	{f.path | some f in result} == {["spec", "containers", 0, "command"]}
}

test_set_or_substituted_allowed if {
	result := apiserver_kubelet_certificate_authority.deny with input as _pod([
		{"name": "a", "command": ["kube-apiserver", "--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt"]},
		{"name": "b", "command": ["sh", "-c", "kube-apiserver --kubelet-certificate-authority /etc/kubernetes/pki/ca.crt"]},
		{"name": "c", "command": ["kube-apiserver", "--kubelet-certificate-authority=${KUBELET_CA}"]},
	])
	count(result) == 0
}

test_applies_to_api_servers if {
	result := apiserver_kubelet_certificate_authority.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}])
	result == {"Pod/kube-system/kube-apiserver"}
}
