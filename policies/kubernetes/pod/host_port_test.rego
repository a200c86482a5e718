package srm.kubernetes.pod.host_port_test

import data.srm.kubernetes.pod.host_port

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_host_port_denied if {
	result := host_port.deny with input as _doc("DaemonSet", {"kind": "DaemonSet", "spec": {"template": {"spec": {"containers": [{"name": "proxy", "ports": [
		{"containerPort": 8080},
		{"containerPort": 443, "hostPort": 443},
	]}]}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "containers", 0, "ports", 1, "hostPort"]}
}

test_init_container_in_pod_denied if {
	result := host_port.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"initContainers": [{"name": "init", "ports": [{"containerPort": 53, "hostPort": 53, "protocol": "UDP"}]}], "containers": [{"name": "app"}]}})
	{f.path | some f in result} == {["spec", "initContainers", 0, "ports", 0, "hostPort"]}
}

test_no_or_zero_host_port_allowed if {
	result := host_port.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "app", "ports": [
		{"containerPort": 8080},
		{"containerPort": 9090, "hostPort": 0},
	]}]}}}})
	count(result) == 0
}

test_fix_removes_the_host_port if {
	result := host_port.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"containers": [{"name": "app", "ports": [{"containerPort": 80}]}],
		"initContainers": [{"name": "init", "ports": [{"containerPort": 53}, {"containerPort": 8053, "hostPort": 53}]}],
	}}}}}})
	{f.fix | some f in result} == {[{"remove": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "ports", 1, "hostPort"]}]}
}
