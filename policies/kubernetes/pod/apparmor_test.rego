package srm.kubernetes.pod.apparmor_test

import data.srm.kubernetes.pod.apparmor

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/apps/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "apps",
	"values": values,
}]}}

test_unconfined_field_denied if {
	result := apparmor.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {"spec": {
		"securityContext": {"appArmorProfile": {"type": "Unconfined"}},
		"containers": [
			{"name": "app", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}},
			{"name": "sidecar", "securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}}},
		],
	}}}})
	{f.path | some f in result} == {
		["spec", "template", "spec", "securityContext", "appArmorProfile", "type"],
		["spec", "template", "spec", "containers", 0, "securityContext", "appArmorProfile", "type"],
	}
}

test_unconfined_annotation_denied if {
	key := "container.apparmor.security.beta.kubernetes.io/app"
	pod := apparmor.deny with input as _doc("Pod", {"kind": "Pod", "metadata": {"name": "web", "annotations": {key: "unconfined"}}, "spec": {"containers": [{"name": "app"}]}})
	{f.path | some f in pod} == {["metadata", "annotations", key]}
	cron := apparmor.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {
		"metadata": {"annotations": {key: "unconfined"}},
		"spec": {"containers": [{"name": "app"}]},
	}}}}})
	{f.path | some f in cron} == {["spec", "jobTemplate", "spec", "template", "metadata", "annotations", key]}
}

test_confined_allowed if {
	result := apparmor.deny with input as _doc("Deployment", {"kind": "Deployment", "spec": {"template": {
		"metadata": {"annotations": {
			"container.apparmor.security.beta.kubernetes.io/app": "runtime/default",
			"container.apparmor.security.beta.kubernetes.io/sidecar": "localhost/k8s-sidecar",
		}},
		"spec": {
			"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}},
			"containers": [
				{"name": "app"},
				{"name": "sidecar", "securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-sidecar"}}},
			],
		},
	}}})
	count(result) == 0
}

test_fix_sets_runtime_default_where_reported if {
	key := "container.apparmor.security.beta.kubernetes.io/app"
	result := apparmor.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {
		"metadata": {"annotations": {key: "unconfined"}},
		"spec": {
			"securityContext": {"appArmorProfile": {"type": "Unconfined", "localhostProfile": "k8s-x"}},
			"containers": [{"name": "app"}, {"name": "side", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}],
		},
	}}}}})
	_t := ["spec", "jobTemplate", "spec", "template"]
	{f.fix | some f in result} == {
		[{"set": array.concat(_t, ["metadata", "annotations", key]), "value": "runtime/default"}],
		[
			{"set": array.concat(_t, ["spec", "securityContext", "appArmorProfile", "type"]), "value": "RuntimeDefault"},
			{"remove": array.concat(_t, ["spec", "securityContext", "appArmorProfile", "localhostProfile"])},
		],
		[{"set": array.concat(_t, ["spec", "containers", 1, "securityContext", "appArmorProfile", "type"]), "value": "RuntimeDefault"}],
	}
}
