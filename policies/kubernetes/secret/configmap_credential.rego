# METADATA
# title: Credential written in a ConfigMap
# description: >-
#   A ConfigMap key named like a credential (`DB_PASSWORD`, `API_TOKEN`,
#   `CLIENT_SECRET`, `*_KEY` with a random-looking value) holding a literal
#   value. ConfigMaps are not meant for secrets: they are readable by every
#   subject that may read configuration, shown in clear by `kubectl describe`,
#   never encrypted at rest, and committed with the manifest. Keys that only
#   point to a credential (`PASSWORD_FILE`, `TOKEN_PATH`, `SECRET_NAME`) and
#   placeholders are left out. srm-lint never prints the value.
#   There is no automatic fix: the credential must be revoked and moved to a
#   secret store, which srm-lint cannot do for the user.
# custom:
#   id: SRM-K8S-SEC-006
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [secret]}
#   remediation: >-
#     Move the value to a Secret (synced from a secret manager, not committed) and
#     read it with `secretKeyRef` or a mounted volume; keep only non-secret
#     settings in the ConfigMap.
#   frameworks: {cis-kubernetes-1.9: ["5.4.1"], nist-800-53: [IA-5(7), SC-28]}
#   references:
#     - "https://kubernetes.io/docs/concepts/configuration/configmap/"
#     - "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
#   peers: {kics: [passwords_and_secrets]}
package srm.kubernetes.secret.configmap_credential

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("credential")
	s.detector == "configmap-credential"
	msg := sprintf("%s: %s holds a literal credential (%s)", [s.owner, s.label, s.masked])
}
