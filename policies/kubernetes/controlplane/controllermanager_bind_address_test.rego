package srm.kubernetes.controlplane.controllermanager_bind_address_test

import data.srm.kubernetes.controlplane.controllermanager_bind_address

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-controller-manager",
	"type": "Pod",
	"name": "kube-controller-manager",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-controller-manager"}, "spec": {"containers": containers}},
}]}}

test_all_interfaces_and_omitted_denied if {
	result := controllermanager_bind_address.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--bind-address=0.0.0.0"]},
		{"name": "b", "command": ["kube-controller-manager", "--bind-address", "10.0.0.10"]},
		{"name": "c", "command": ["kube-controller-manager", "--kubeconfig=/etc/kubernetes/controllermanager.conf"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1], ["spec", "containers", 2, "command"]}
}

test_loopback_or_substituted_allowed if {
	result := controllermanager_bind_address.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--bind-address=127.0.0.1"]},
		{"name": "b", "command": ["sh", "-c", "kube-controller-manager --bind-address ::1"]},
		{"name": "c", "command": ["kube-controller-manager", "--bind-address=${BIND_ADDRESS}"]},
		{"name": "d", "command": ["kube-apiserver", "--bind-address=0.0.0.0"]},
	])
	count(result) == 0
}

test_substituted_unknown if {
	result := controllermanager_bind_address.unknown with input as _pod([{"name": "c", "command": ["kube-controller-manager", "--bind-address=${BIND_ADDRESS}"]}])
	result == {{"resource": "Pod/kube-system/kube-controller-manager", "path": ["spec", "containers", 0, "command", 1]}}
}

test_applies_to_controllermanager if {
	result := controllermanager_bind_address.applies with input as _pod([{"name": "a", "command": ["kube-controller-manager"]}, {"name": "b", "command": ["nginx"]}])
	result == {"Pod/kube-system/kube-controller-manager"}
}

test_fix_binds_to_loopback if {
	result := controllermanager_bind_address.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--bind-address=0.0.0.0"]},
		{"name": "b", "command": ["kube-controller-manager", "--kubeconfig=/etc/kubernetes/x.conf"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--bind-address=127.0.0.1"}],
		[{"append": ["spec", "containers", 1, "command"], "value": "--bind-address=127.0.0.1"}],
	}
}
