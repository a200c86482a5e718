# METADATA
# title: Ingress uses an ingress-nginx snippet annotation
# description: >-
#   The nginx.ingress.kubernetes.io configuration-snippet, server-snippet and
#   other *-snippet annotations paste raw NGINX configuration into the
#   controller, which runs with a service account that can read every Secret of
#   the cluster. Anyone who can write an Ingress can then read files of the
#   controller (its token included) or run code in it (CVE-2021-25742, and the
#   later snippet injections). ingress-nginx refuses them by default since
#   v1.9 (allow-snippet-annotations false); a manifest that needs them forces the
#   whole cluster to turn that protection off.
#   There is no automatic fix: what the snippet configures must be rewritten
#   with dedicated annotations or controller settings, which only the user can
#   do.
# custom:
#   id: SRM-K8S-INGRESS-003
#   severity: high
#   areas: [vulnerability-management, data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Ingress]}
#   remediation: >-
#     Replace the snippet with the dedicated annotation or a controller-wide
#     ConfigMap setting, e.g. `nginx.ingress.kubernetes.io/proxy-body-size: 8m`, keep
#     `allow-snippet-annotations: "false"` in the controller ConfigMap and run a patched ingress-nginx.
#   frameworks: {nist-800-53: [SI-2, CM-7, AC-6]}
#   references:
#     - "https://github.com/kubernetes/ingress-nginx/issues/7837"
#     - "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#allow-snippet-annotations"
#     - "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet"
#   peers: {checkov: [CKV_K8S_153]}
package srm.kubernetes.ingress.nginx_snippet

import data.srm.lib.kubernetes as k8s

_prefix := "nginx.ingress.kubernetes.io/"

deny contains {"msg": msg, "resource": r.address, "path": ["metadata", "annotations", key]} if {
	some r in k8s.resources("Ingress")
	annotations := k8s.annotations(r)
	is_object(annotations)
	some key, value in annotations
	is_string(key)
	startswith(key, _prefix)
	endswith(key, "-snippet")
	is_string(value)
	trim_space(value) != ""
	msg := sprintf("%s: annotation %s injects raw NGINX configuration into the ingress controller, which anyone who can write an Ingress can use to read the controller's token and Secrets (CVE-2021-25742)", [r.address, key])
}
