package srm.kubernetes.pod.host_aliases_test

import data.srm.kubernetes.pod.host_aliases

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/shop/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "shop",
	"values": values,
}]}}

test_host_aliases_denied if {
	result := host_aliases.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"hostAliases": [{"ip": "10.20.0.5", "hostnames": ["api.partner.example.com", "partner"]}],
		"containers": [{"name": "app"}],
	}}}})
	{f.path | some f in result} == {["spec", "template", "spec", "hostAliases"]}
	some f in result
	contains(f.msg, "10.20.0.5 -> api.partner.example.com, partner")
}

test_cronjob_denied if {
	result := host_aliases.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"hostAliases": [{"ip": "127.0.0.1", "hostnames": ["db"]}, {"ip": "${MIRROR_IP}", "hostnames": ["mirror"]}],
		"containers": [{"name": "job"}],
	}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "hostAliases"]}
}

test_omitted_or_empty_allowed if {
	omitted := host_aliases.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"containers": [{"name": "app"}]}})
	count(omitted) == 0
	empty := host_aliases.deny with input as _doc("Pod", {"kind": "Pod", "spec": {"hostAliases": [], "containers": [{"name": "app"}]}})
	count(empty) == 0
}

test_fix_removes_host_aliases if {
	result := host_aliases.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"hostAliases": [{"ip": "10.0.0.1", "hostnames": ["db"]}],
		"containers": [{"name": "app"}],
	}}}}}})
	{f.fix | some f in result} == {[{"remove": ["spec", "jobTemplate", "spec", "template", "spec", "hostAliases"]}]}
}
