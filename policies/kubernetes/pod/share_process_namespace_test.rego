package srm.kubernetes.pod.share_process_namespace_test

import data.srm.kubernetes.pod.share_process_namespace

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/shop/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "shop",
	"values": values,
}]}}

test_shared_process_namespace_denied if {
	result := share_process_namespace.deny with input as _doc("StatefulSet", {"kind": "StatefulSet", "spec": {"template": {"spec": {
		"shareProcessNamespace": true,
		"containers": [{"name": "app"}, {"name": "vault-agent"}],
	}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "shareProcessNamespace"]}
	some f in result
	contains(f.msg, "\"app\", \"vault-agent\"")
}

test_omitted_false_or_placeholder_allowed if {
	omitted := share_process_namespace.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "app"}]}})
	count(omitted) == 0
	explicit := share_process_namespace.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"shareProcessNamespace": false, "containers": [{"name": "app"}]}})
	count(explicit) == 0
	placeholder := share_process_namespace.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"shareProcessNamespace": "${SHARE_PID}", "containers": [{"name": "app"}]}})
	count(placeholder) == 0
}

test_fix_sets_false_in_the_pod_spec if {
	result := share_process_namespace.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"shareProcessNamespace": true, "containers": [{"name": "app"}]}}}}}})
	{f.fix | some f in result} == {[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "shareProcessNamespace"], "value": false}]}
}
