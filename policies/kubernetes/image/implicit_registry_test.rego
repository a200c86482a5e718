package srm.kubernetes.image.implicit_registry_test

import data.srm.kubernetes.image.implicit_registry

_doc(kind, values) := {"format": "kubernetes", "file": "x.yaml", "resources": {kind: [{
	"address": sprintf("%s/shop/web", [kind]),
	"type": kind,
	"name": "web",
	"namespace": "shop",
	"values": values,
}]}}

_pod(containers) := _doc("Pod", {"kind": "Pod", "spec": {"containers": containers}})

test_implicit_registry_denied if {
	result := implicit_registry.deny with input as _pod([
		{"name": "nginx", "image": "nginx:1.27.2"},
		{"name": "redis", "image": "bitnami/redis:7.4.1"},
		{"name": "bare", "image": "nginx"},
		{"name": "pinned", "image": "nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000"},
	])
	{f.path | some f in result} == {["spec", "containers", 0, "image"], ["spec", "containers", 1, "image"], ["spec", "containers", 2, "image"], ["spec", "containers", 3, "image"]}
	some f in result
	contains(f.msg, "docker.io/library/nginx:1.27.2")
	some g in result
	contains(g.msg, "\"bare\" runs image \"nginx\", which names no registry host, so the node pulls it from Docker Hub (docker.io/library/nginx)")
}

test_init_container_in_cronjob_denied if {
	result := implicit_registry.deny with input as _doc("CronJob", {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"initContainers": [{"name": "wait", "image": "busybox:1.36"}],
		"containers": [{"name": "job", "image": "registry.example.com/jobs/report:1.0.0"}],
	}}}}}})
	{f.path | some f in result} == {["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "image"]}
}

test_qualified_omitted_or_placeholder_allowed if {
	result := implicit_registry.deny with input as _pod([
		{"name": "hub", "image": "docker.io/library/nginx:1.27.2"},
		{"name": "ecr", "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web:2.0.0"},
		{"name": "local", "image": "localhost/tools:dev"},
		{"name": "port", "image": "registry:5000/team/app:1.0"},
		{"name": "k8s", "image": "registry.k8s.io/pause:3.10"},
		{"name": "no-image"},
		{"name": "flux", "image": "${APP_IMAGE}"},
	])
	count(result) == 0
	unknown := implicit_registry.unknown with input as _pod([{"name": "flux", "image": "${APP_IMAGE}"}, {"name": "hub", "image": "nginx:1.27.2"}])
	unknown == {{"resource": "Pod/shop/web", "path": ["spec", "containers", 0, "image"]}}
}
