# METADATA
# title: Secret written in plain text in a container environment variable
# description: >-
#   An environment variable whose name says password, secret, token or key and
#   whose value is written in the manifest puts the credential in the source
#   repository, in the object stored in etcd (readable by anyone who can read the
#   workload, not only its secrets) and in every copy of the manifest. Kubernetes
#   Secrets, referenced with valueFrom.secretKeyRef, keep it out of the code and
#   under their own access control. Names that only point to a credential
#   (`DB_PASSWORD_FILE`, `TOKEN_PATH`, `SECRET_NAME`) and placeholders
#   (`$(OTHER_VAR)`, `changeme`) are left out; a value in a known token format is
#   reported by SRM-K8S-SEC-003 to SRM-K8S-SEC-005 instead. srm-lint never prints the value.
#   There is no automatic fix: the credential must be revoked and moved to a
#   secret store, which srm-lint cannot do for the user.
# custom:
#   id: SRM-K8S-SEC-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: kubernetes, types: [secret]}
#   remediation: >-
#     Store the value in a Secret and reference it, or mount the Secret as a file:
#     `env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]`.
#   frameworks: {cis-kubernetes-1.9: ["5.4.1"], nist-800-53: [IA-5, SC-28]}
#   references:
#     - "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables"
#     - "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
package srm.kubernetes.pod.secret_in_env

import data.srm.lib.secrets

# The variables are found by srm-lint (detector `env-credential`, in every
# container list of every workload kind), so that it can mask their values.
deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("credential")
	s.detector == "env-credential"
	msg := sprintf("%s: %s is set to a literal credential (%s) instead of a secretKeyRef", [s.owner, s.label, s.masked])
}
