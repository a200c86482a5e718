# METADATA
# title: Ingress serves hosts without TLS
# description: >-
#   Without a spec.tls entry the ingress controller serves the host over plain
#   HTTP: credentials, session cookies and data cross the internet in clear text and
#   can be read or altered by anyone on the path. A host listed in rules but in no
#   tls entry is served without TLS even when other hosts of the Ingress have it.
#   TLS terminated by the cloud load balancer through a certificate annotation
#   (AWS ALB, GKE, Azure Application Gateway) counts as configured.
#   There is no automatic fix: the certificate Secret or issuer is the user's to
#   provide.
# custom:
#   id: SRM-K8S-INGRESS-001
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Ingress]}
#   remediation: >-
#     Add a certificate for every host (e.g. issued by cert-manager) and redirect
#     HTTP to HTTPS: `spec: {tls: [{hosts: [shop.example.com], secretName: shop-tls}]}`.
#   frameworks: {nist-800-53: [SC-8, SC-23]}
#   references:
#     - "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"
#     - "https://kubernetes.io/docs/reference/kubernetes-api/service-resources/ingress-v1/#IngressSpec"
#   peers: {kics: [ingress_without_tls]}
package srm.kubernetes.ingress.tls

import data.srm.lib.kubernetes as k8s

# No TLS section at all (or an empty one).
deny contains {"msg": msg, "resource": r.address, "path": ["spec", "tls"]} if {
	some r in k8s.resources("Ingress")
	count(_tls(r)) == 0
	not _terminated_by_annotation(r)
	msg := sprintf("%s: the Ingress has no spec.tls, so %s served over plain HTTP", [r.address, _hosts_text(r)])
}

# TLS for some hosts, but a rule's host is in no tls entry.
deny contains {"msg": msg, "resource": r.address, "path": ["spec", "rules", i, "host"]} if {
	some r in k8s.resources("Ingress")
	tls := _tls(r)
	count(tls) > 0
	not _terminated_by_annotation(r)
	some i, rule in k8s.list_or_empty(object.get(r.values, ["spec", "rules"], []))
	is_object(rule)
	host := object.get(rule, "host", "")
	is_string(host)
	host != ""
	not _covered(host, tls)
	msg := sprintf("%s: host %q is in no spec.tls entry, so it is served over plain HTTP", [r.address, host])
}

_tls(r) := [entry | some entry in k8s.list_or_empty(object.get(r.values, ["spec", "tls"], [])); is_object(entry)]

# A tls entry without hosts applies to every host (the controller's default certificate).
_covered(_, tls) if {
	some entry in tls
	count(k8s.list_or_empty(object.get(entry, "hosts", []))) == 0
}

_covered(host, tls) if {
	some entry in tls
	some tls_host in k8s.list_or_empty(object.get(entry, "hosts", []))
	_matches(tls_host, host)
}

_matches(pattern, host) if lower(pattern) == lower(host)

# `*.example.com` covers exactly one more label: `a.example.com`, not `a.b.example.com`.
_matches(pattern, host) if {
	startswith(pattern, "*.")
	suffix := lower(substring(pattern, 1, -1))
	endswith(lower(host), suffix)
	prefix := substring(lower(host), 0, count(host) - count(suffix))
	prefix != ""
	not contains(prefix, ".")
}

# Certificates attached by the cloud load balancer behind the ingress controller.
_tls_annotations := {
	"alb.ingress.kubernetes.io/certificate-arn",
	"ingress.gcp.kubernetes.io/pre-shared-cert",
	"networking.gke.io/managed-certificates",
	"appgw.ingress.kubernetes.io/appgw-ssl-certificate",
}

_terminated_by_annotation(r) if {
	some key, value in k8s.annotations(r)
	key in _tls_annotations
	is_string(value)
	trim_space(value) != ""
}

_hosts_text(r) := sprintf("hosts %s are", [concat(", ", hosts)]) if {
	hosts := [sprintf("%q", [h]) | some rule in k8s.list_or_empty(object.get(r.values, ["spec", "rules"], [])); h := object.get(rule, "host", ""); is_string(h); h != ""]
	count(hosts) > 0
} else := "its routes are"
