package srm.kubernetes.pod.unsafe_sysctls_test

import data.srm.kubernetes.pod.unsafe_sysctls

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_unsafe_sysctls_denied if {
	result := unsafe_sysctls.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"securityContext": {"sysctls": [
			{"name": "net.ipv4.tcp_syncookies", "value": "1"},
			{"name": "kernel.msgmax", "value": "65536"},
			{"name": "net.core.somaxconn", "value": "1024"},
		]},
		"containers": [{"name": "app"}],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "securityContext", "sysctls", 1, "name"],
		["spec", "template", "spec", "securityContext", "sysctls", 2, "name"],
	}
}

test_cronjob_slash_separated_denied if {
	result := unsafe_sysctls.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"securityContext": {"sysctls": [{"name": "vm/overcommit_memory", "value": "1"}, {"name": "net/ipv4/ip_local_port_range", "value": "1024 65535"}]},
		"containers": [{"name": "job"}],
	}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "securityContext", "sysctls", 0, "name"]}
}

test_safe_sysctls_allowed if {
	result := unsafe_sysctls.deny with input as _doc("Pod", {"kind": "Pod", "spec": {
		"securityContext": {"runAsNonRoot": true, "sysctls": [
			{"name": "net.ipv4.ip_unprivileged_port_start", "value": "80"},
			{"name": "net.ipv4.tcp_keepalive_time", "value": "600"},
		]},
		"containers": [{"name": "app"}],
	}})
	count(result) == 0
}
