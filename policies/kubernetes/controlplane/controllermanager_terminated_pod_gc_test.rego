package srm.kubernetes.controlplane.controllermanager_terminated_pod_gc_test

import data.srm.kubernetes.controlplane.controllermanager_terminated_pod_gc

_pod(containers) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Pod": [{
	"address": "Pod/kube-system/kube-controller-manager",
	"type": "Pod",
	"name": "kube-controller-manager",
	"namespace": "kube-system",
	"values": {"kind": "Pod", "metadata": {"name": "kube-controller-manager"}, "spec": {"containers": containers}},
}]}}

test_zero_and_negative_denied if {
	result := controllermanager_terminated_pod_gc.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--terminated-pod-gc-threshold=0"]},
		{"name": "b", "command": ["kube-controller-manager", "--terminated-pod-gc-threshold", "-1"]},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "command", 1], ["spec", "containers", 1, "command", 1]}
}

test_omitted_positive_or_substituted_allowed if {
	result := controllermanager_terminated_pod_gc.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager"]},
		{"name": "b", "command": ["kube-controller-manager", "--terminated-pod-gc-threshold=1000"]},
		{"name": "c", "command": ["kube-controller-manager", "--terminated-pod-gc-threshold=${POD_GC_THRESHOLD}"]},
	])
	count(result) == 0
}

test_applies_to_controller_managers if {
	result := controllermanager_terminated_pod_gc.applies with input as _pod([{"name": "a", "command": ["kube-controller-manager"]}])
	result == {"Pod/kube-system/kube-controller-manager"}
}

test_fix_sets_the_default_threshold if {
	result := controllermanager_terminated_pod_gc.deny with input as _pod([
		{"name": "a", "command": ["kube-controller-manager", "--terminated-pod-gc-threshold", "0"]},
		{"name": "b", "command": ["sh", "-c", "exec kube-controller-manager --terminated-pod-gc-threshold=-1"]},
	])
	{f.fix | some f in result} == {
		[{"set": ["spec", "containers", 0, "command", 2], "value": "12500"}],
		[{"set": ["spec", "containers", 1, "command", 2], "value": "exec kube-controller-manager --terminated-pod-gc-threshold=12500"}],
	}
}
