# METADATA
# title: KubeletConfiguration authorizes every request (AlwaysAllow)
# description: >-
#   authorization.mode AlwaysAllow in a kubelet's configuration file skips the
#   SubjectAccessReview the kubelet otherwise asks the API server for: every
#   authenticated caller of its API port (10250), and every anonymous one if
#   anonymous authentication is on, may run commands in any container of the
#   node, read its logs and list its pods with their environment. Any credential
#   that authenticates to the kubelet becomes root on the node's workloads. The
#   configuration file default is Webhook, so only an explicit AlwaysAllow is
#   reported.
# custom:
#   id: SRM-K8S-KUBELET-003
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [KubeletConfiguration]}
#   remediation: >-
#     Let the API server authorize kubelet requests: `authorization: {mode: Webhook}`.
#   frameworks: {cis-kubernetes-1.9: ["4.2.2"], nist-800-53: [AC-3, AC-6]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/#kubelet-authorization"
#     - "https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/#kubelet-config-k8s-io-v1beta1-KubeletAuthorization"
#   fix: {safety: unsafe, change: "Sets `authorization.mode: Webhook` in the KubeletConfiguration; every kubelet API call is then authorized by the API server, so callers (the API server itself, metrics scrapers) need RBAC grants on nodes/proxy, nodes/metrics or nodes/stats, and webhook authentication must be on."}
package srm.kubernetes.controlplane.kubelet_config_authorization_mode

import data.srm.lib.kubernetes as k8s

deny contains {
	"msg": msg, "resource": r.address, "path": ["authorization", "mode"],
	"fix": [{"set": ["authorization", "mode"], "value": "Webhook"}],
} if {
	some r in k8s.resources("KubeletConfiguration")
	object.get(r.values, ["authorization", "mode"], "Webhook") == "AlwaysAllow"
	msg := sprintf("%s: authorization.mode is AlwaysAllow, so every caller that reaches the kubelet API may exec into the node's pods (expected Webhook)", [r.address])
}
