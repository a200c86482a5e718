# METADATA
# title: Private key written in a Kubernetes manifest
# description: >-
#   A PEM private key block in a manifest: a TLS key in a ConfigMap or in a
#   Secret's stringData, an SSH deploy key in an environment variable or a
#   command. Anyone with the repository can impersonate the server or identity
#   the key belongs to. srm-lint never prints the key.
#   There is no automatic fix: the credential must be revoked and moved to a
#   secret store, which srm-lint cannot do for the user.
# custom:
#   id: SRM-K8S-SEC-004
#   severity: critical
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [secret]}
#   remediation: >-
#     Replace the key pair, keep the new key out of the repository, and let
#     cert-manager issue TLS keys in the cluster or an ExternalSecret sync the key
#     from a secret manager.
#   frameworks: {cis-kubernetes-1.9: ["5.4.1"], nist-800-53: [IA-5(7), SC-12]}
#   references:
#     - "https://cert-manager.io/docs/"
#     - "https://cwe.mitre.org/data/definitions/321.html"
#   peers: {checkov: [CKV_SECRET_13]}
package srm.kubernetes.secret.private_key

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("private-key")
	msg := sprintf("a %s (%s) is written in %s", [s.name, s.masked, secrets.place(s)])
}
