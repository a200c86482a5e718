package srm.kubernetes.ingress.nginx_snippet_test

import data.srm.kubernetes.ingress.nginx_snippet

_ingress(annotations) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Ingress": [{
	"address": "Ingress/shop/web",
	"type": "Ingress",
	"name": "web",
	"namespace": "shop",
	"values": {
		"apiVersion": "networking.k8s.io/v1",
		"kind": "Ingress",
		"metadata": {"name": "web", "namespace": "shop", "annotations": annotations},
		"spec": {"ingressClassName": "nginx", "rules": [{"host": "shop.example.com"}]},
	},
}]}}

test_snippets_denied if {
	result := nginx_snippet.deny with input as _ingress({
		"nginx.ingress.kubernetes.io/configuration-snippet": "more_set_headers \"X-Frame-Options: DENY\";",
		"nginx.ingress.kubernetes.io/server-snippet": "location /admin { deny all; }",
		"nginx.ingress.kubernetes.io/proxy-body-size": "8m",
	})
	{f.path | some f in result} == {
		["metadata", "annotations", "nginx.ingress.kubernetes.io/configuration-snippet"],
		["metadata", "annotations", "nginx.ingress.kubernetes.io/server-snippet"],
	}
}

test_omitted_empty_or_other_controller_allowed if {
	omitted := nginx_snippet.deny with input as _ingress({"nginx.ingress.kubernetes.io/ssl-redirect": "true"})
	count(omitted) == 0
	empty := nginx_snippet.deny with input as _ingress({"nginx.ingress.kubernetes.io/configuration-snippet": ""})
	count(empty) == 0
	other := nginx_snippet.deny with input as _ingress({"nginx.org/server-snippets": "add_header X-Test 1;"})
	count(other) == 0
}

test_placeholder_snippet_denied if {
	# A snippet filled in by substitution is still a snippet.
	result := nginx_snippet.deny with input as _ingress({"nginx.ingress.kubernetes.io/configuration-snippet": "${EXTRA_NGINX_CONFIG}"})
	count(result) == 1
}
