# METADATA
# title: Secret manifest contains literal secret values
# description: >-
#   A Secret manifest with data or stringData values puts the credential in the
#   repository: everyone with read access, every clone, fork and CI log has it, and
#   it stays in the history after rotation. data is only base64-encoded, not
#   encrypted. Keep the manifest free of values and let a secret manager or an
#   encrypted format (External Secrets, Sealed Secrets, SOPS) supply them.
# custom:
#   id: SRM-K8S-SEC-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [Secret]}
#   remediation: >-
#     Remove the values from the repository and rotate them; generate the Secret
#     from a secret manager, e.g. an ExternalSecret:
#     `kind: ExternalSecret, spec: {secretStoreRef: {name: vault, kind: ClusterSecretStore}, target: {name: db}}`.
#   frameworks: {cis-kubernetes-1.9: ["5.4.2"], nist-800-53: [IA-5, SC-28]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
#     - "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets"
package srm.kubernetes.secret.literal_data

import data.srm.lib.kubernetes as k8s

deny contains {"msg": msg, "resource": r.address, "path": [field, key]} if {
	some r in k8s.resources("Secret")
	type := object.get(r.values, "type", "Opaque")
	type != "kubernetes.io/service-account-token"
	some field in ["data", "stringData"]
	entries := object.get(r.values, field, {})
	is_object(entries)
	some key, value in entries
	_literal(value)
	msg := sprintf("%s: %s.%s of this %s Secret holds a literal value committed with the manifest", [r.address, field, key, _shown(type)])
}

# A non-empty value that is not a substitution placeholder (${VAR}, $(VAR)).
_literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not regex.match(`\$\{[^}]*\}|\$\([^)]*\)`, value)
}

_literal(value) if is_number(value)

_shown(type) := type if is_string(type)

_shown(type) := "Opaque" if not is_string(type)
