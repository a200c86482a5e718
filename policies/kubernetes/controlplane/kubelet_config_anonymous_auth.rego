# METADATA
# title: KubeletConfiguration allows anonymous requests
# description: >-
#   authentication.anonymous.enabled true in a kubelet's configuration file makes
#   it serve requests without credentials on its API port (10250) as
#   system:anonymous. What they can reach then depends only on the kubelet's
#   authorizer: with Webhook authorization, on every RBAC binding that ever names
#   the anonymous user or group; with AlwaysAllow, on nothing at all, which means
#   exec into every pod of the node. The configuration file default is false, so
#   only an explicit true is reported.
# custom:
#   id: SRM-K8S-KUBELET-002
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [KubeletConfiguration]}
#   remediation: >-
#     Turn anonymous requests off and authenticate with client certificates and
#     webhook token review: `authentication: {anonymous: {enabled: false}, webhook: {enabled: true}, x509: {clientCAFile: /etc/kubernetes/pki/ca.crt}}`.
#   frameworks: {cis-kubernetes-1.9: ["4.2.1"], nist-800-53: [IA-2, AC-14]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/#kubelet-authentication"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletAnonymousAuthentication"
#   fix: {safety: unsafe, change: "Sets `authentication.anonymous.enabled: false` in the KubeletConfiguration; callers of the kubelet API without credentials (health checks, metrics scrapers) get 401."}
package srm.kubernetes.controlplane.kubelet_config_anonymous_auth

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": r.address, "path": ["authentication", "anonymous", "enabled"],
	"fix": [{"set": ["authentication", "anonymous", "enabled"], "value": false}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	object.get(r.values, ["authentication", "anonymous", "enabled"], false) == true
	msg := sprintf("%s: authentication.anonymous.enabled is true, so the kubelet serves requests without credentials as system:anonymous", [r.address])
}
