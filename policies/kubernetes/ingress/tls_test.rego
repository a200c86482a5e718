package srm.kubernetes.ingress.tls_test

import data.srm.kubernetes.ingress.tls

_doc(metadata, spec) := {"format": "kubernetes", "file": "x.yaml", "resources": {"Ingress": [{
	"address": "Ingress/apps/shop",
	"type": "Ingress",
	"name": "shop",
	"namespace": "apps",
	"values": {"kind": "Ingress", "metadata": metadata, "spec": spec},
}]}}

_rule(host) := {"host": host, "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "shop", "port": {"number": 80}}}}]}}

test_no_tls_denied if {
	result := tls.deny with input as _doc({"name": "shop"}, {"rules": [_rule("shop.example.com")]})
	{f.path | some f in result} == {["spec", "tls"]}
	empty := tls.deny with input as _doc({"name": "shop"}, {"tls": [], "rules": [_rule("shop.example.com")]})
	count(empty) == 1
}

test_uncovered_host_denied if {
	result := tls.deny with input as _doc({"name": "shop"}, {
		"tls": [{"hosts": ["shop.example.com", "*.api.example.com"], "secretName": "shop-tls"}],
		"rules": [_rule("shop.example.com"), _rule("v1.api.example.com"), _rule("admin.example.com"), _rule("a.b.api.example.com")],
	})
	{f.path | some f in result} == {["spec", "rules", 2, "host"], ["spec", "rules", 3, "host"]}
}

test_tls_and_annotations_allowed if {
	covered := tls.deny with input as _doc({"name": "shop"}, {"tls": [{"hosts": ["shop.example.com"], "secretName": "shop-tls"}], "rules": [_rule("shop.example.com")]})
	count(covered) == 0
	default_cert := tls.deny with input as _doc({"name": "shop"}, {"tls": [{"secretName": "wildcard-tls"}], "rules": [_rule("shop.example.com")]})
	count(default_cert) == 0
	alb := tls.deny with input as _doc({"name": "shop", "annotations": {"alb.ingress.kubernetes.io/certificate-arn": "arn:aws:acm:eu-west-1:123456789012:certificate/abc"}}, {"rules": [_rule("shop.example.com")]})
	count(alb) == 0
}
