package srm.kubernetes.pod.host_network_test

import data.srm.kubernetes.pod.host_network

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/default/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "default",
	"values": values,
}]}}

test_pod_host_network_denied if {
	result := host_network.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"hostNetwork": true, "containers": [{"name": "app"}]}})
	count(result) == 1
	some finding in result
	finding.resource == "Pod/default/web"
	finding.path == ["spec", "hostNetwork"]
}

test_cronjob_host_network_denied if {
	result := host_network.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostNetwork": true, "containers": [{"name": "app"}]}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "hostNetwork"]}
}

test_no_host_network_allowed if {
	result := host_network.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"hostNetwork": false, "containers": [{"name": "app"}]}}}})
	count(result) == 0
	empty := host_network.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "app"}]}})
	count(empty) == 0
}

test_fix_sets_false_in_the_pod_spec if {
	result := host_network.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostNetwork": true, "containers": [{"name": "app"}]}}}}}})
	{f.fix | some f in result} == {[{"set": ["spec", "jobTemplate", "spec", "template", "spec", "hostNetwork"], "value": false}]}
}
