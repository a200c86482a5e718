# METADATA
# title: Secret manifest contains literal secret values
# description: >-
#   A Secret manifest with data or stringData values puts the credential in the
#   repository: everyone with read access, every clone, fork and CI log has it, and
#   it stays in the history after rotation. data is only base64-encoded, not
#   encrypted. Keep the manifest free of values and let a secret manager or an
#   encrypted format (External Secrets, Sealed Secrets, SOPS) supply them.
#   Service-account token Secrets and placeholders (`${VAR}`, `$(VAR)`, empty)
#   are left out; srm-lint never prints the values.
#   There is no automatic fix: the credential must be revoked and moved to a
#   secret store, which srm-lint cannot do for the user.
# custom:
#   id: SRM-K8S-SEC-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [secret]}
#   remediation: >-
#     Remove the values from the repository and rotate them; generate the Secret
#     from a secret manager, e.g. an ExternalSecret:
#     `kind: ExternalSecret, spec: {secretStoreRef: {name: vault, kind: ClusterSecretStore}, target: {name: db}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.4.2"], nist-800-53: [IA-5, SC-28]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
#     - "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets"
package srm.kubernetes.secret.literal_data

import data.srm.lib.secrets

# The values are found by srm-lint (detector `kubernetes-secret-data`), so that it can mask them.
deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("credential")
	s.detector == "kubernetes-secret-data"
	msg := sprintf("%s: %s of this Secret holds a literal value (%s) committed with the manifest", [s.owner, s.label, s.masked])
}
