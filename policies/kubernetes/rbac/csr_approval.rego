# METADATA
# title: RBAC role can approve certificate signing requests
# description: >-
#   Update on certificatesigningrequests/approval lets the holder approve CSRs,
#   and with approve on a signer the API server then issues the certificate. A
#   client certificate for the kube-apiserver-client signer can name any user or
#   group, system:masters included, and is valid until it expires: it cannot be
#   revoked. Whoever can create and approve CSRs can therefore mint lasting
#   cluster-admin credentials.
#   There is no automatic fix: which permissions and subjects the role must keep
#   is the user's choice.
# custom:
#   id: SRM-K8S-RBAC-009
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [Role, ClusterRole]}
#   remediation: >-
#     Leave CSR approval to the controller manager's built-in approvers and to a
#     dedicated, audited controller bound to a named signer only:
#     `rules: [{apiGroups: ["certificates.k8s.io"], resources: ["signers"], resourceNames: ["example.com/my-signer"], verbs: ["approve"]}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.1.11"], nist-800-53: [AC-6, IA-5]}
#   references:
#     - "https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization"
#     - "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing"
#   peers: {checkov: [CKV_K8S_156]}
package srm.kubernetes.rbac.csr_approval

import data.srm.lib.kubernetes as k8s

_group := "certificates.k8s.io"

_resources := {"certificatesigningrequests/approval", "certificatesigningrequests/*", "*/approval"}

_verbs := {"update", "patch", "*"}

deny contains {"msg": msg, "resource": r.address, "path": ["rules", i, "resources", k]} if {
	some kind in ["Role", "ClusterRole"]
	some r in k8s.resources(kind)
	some i, rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_in_group(rule)
	some k, resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource in _resources
	verbs := {v | some v in k8s.list_or_empty(object.get(rule, "verbs", [])); v in _verbs}
	count(verbs) > 0
	msg := sprintf("%s: rule %d grants %s on %s, so the %s can approve certificate signing requests%s", [r.address, i, concat(", ", sort(verbs)), resource, kind, _signers(r)])
}

_signers(r) := " and, with approve on signers in this role too, have any certificate issued" if _approves_signers(r)

_signers(r) := "" if not _approves_signers(r)

_approves_signers(r) if {
	some rule in k8s.list_or_empty(object.get(r.values, "rules", []))
	is_object(rule)
	_in_group(rule)
	some resource in k8s.list_or_empty(object.get(rule, "resources", []))
	resource in {"signers", "*"}
	some verb in k8s.list_or_empty(object.get(rule, "verbs", []))
	verb in {"approve", "*"}
}

_in_group(rule) if {
	some group in k8s.list_or_empty(object.get(rule, "apiGroups", []))
	group in {_group, "*"}
}
