# METADATA
# title: Ingress rule uses a wildcard host
# description: >-
#   A host such as *.example.com routes every matching subdomain to the backend:
#   any name that points at the load balancer, including forgotten, mistyped or
#   attacker-chosen subdomains, reaches the application, which then trusts a Host
#   header it never planned for (cookie scope, password-reset links, tenant
#   routing). Listing the exact hosts keeps the exposed surface to the names the
#   service is meant to answer.
#   There is no automatic fix: the exact host names to serve are the user's
#   choice.
# custom:
#   id: SRM-K8S-INGRESS-002
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: kubernetes, types: [Ingress]}
#   remediation: >-
#     List the exact host names the service answers:
#     `rules: [{host: shop.example.com, http: {...}}, {host: api.example.com, http: {...}}]`.
#   frameworks: {nist-800-53: [SC-7, CM-7]}
#   references:
#     - "https://kubernetes.io/docs/concepts/services-networking/ingress/#hostname-wildcards"
#     - "https://kubernetes.io/docs/concepts/services-networking/ingress/#name-based-virtual-hosting"
package srm.kubernetes.ingress.wildcard_host

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": ["spec", "rules", i, "host"]} if {
	some r in k8s.resources("Ingress")
	rules := object.get(r.values, ["spec", "rules"], [])
	is_array(rules)
	some i, rule in rules
	is_object(rule)
	host := object.get(rule, "host", "")
	is_string(host)
	startswith(host, "*")
	msg := sprintf("%s: rule %d routes every host matching %q to its backends", [r.address, i, host])
}
