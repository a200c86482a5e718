package srm.kubernetes.controlplane.controllermanager_service_account_credentials_test

import data.srm.kubernetes.controlplane.controllermanager_service_account_credentials

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-controller-manager",
	"type": "Pod",
	"name": "kube-controller-manager",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-controller-manager"}, "spec": {"containers": containers}},
}]}}

test_false_and_omitted_denied if {
	result := controllermanager_service_account_credentials.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--use-service-account-credentials=false"]},
		{"name": "b", "command": ["kube-controller-manager", "--kubeconfig=/etc/kubernetes/controller-manager.conf"]},
		{"name": "c", "image": "registry.k8s.io/kube-controller-manager:v1.31.1", "args": ["--leader-elect=true"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command"], ["spec", "containers", 2, "args"]}
}

test_true_or_substituted_allowed if {
	result := controllermanager_service_account_credentials.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--use-service-account-credentials=true"]},
		{"name": "b", "command": ["sh", "-c", "kube-controller-manager --use-service-account-credentials"]},
		{"name": "c", "command": ["kube-controller-manager", "--use-service-account-credentials=${SA_CREDENTIALS}"]},
		{"name": "d", "command": ["kube-apiserver"]},
	])
	count(result) == 0
}

test_applies_to_controller_managers if {
	result := controllermanager_service_account_credentials.applies with input as _pod([{"name": "a", "command": ["kube-controller-manager"]}])
	result == {"Pod/kube-system/kube-controller-manager"}
	other := controllermanager_service_account_credentials.applies with input as _pod([{"name": "a", "command": ["kube-apiserver"]}])
	count(other) == 0
}

test_fix_sets_true if {
	result := controllermanager_service_account_credentials.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--use-service-account-credentials=false"]},
		{"name": "b", "image": "registry.k8s.io/kube-controller-manager:v1.31.1", "args": ["--kubeconfig=/etc/kubernetes/controller-manager.conf"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 1], "value": "--use-service-account-credentials=true"}],
		[{"append": ["spec", "containers", 1, "args"], "value": "--use-service-account-credentials=true"}],
	}
}
