# METADATA
# title: Service token written in a Kubernetes manifest
# description: >-
#   A token of a service with a published format (GitHub, GitLab, Slack tokens and
#   webhooks, Stripe live keys, SendGrid, npm, PyPI, HashiCorp Vault and HCP
#   Terraform tokens, JSON Web Tokens) or a password inside a URL
#   (`postgres://app:password@db`) anywhere in a manifest. It works for anyone
#   who reads the repository or the object until it is revoked. Placeholders
#   (`$(DB_PASSWORD)`, `${TOKEN}`) are left out. srm-lint never prints the token.
#   There is no automatic fix: the credential must be revoked and moved to a
#   secret store, which srm-lint cannot do for the user.
# custom:
#   id: SRM-K8S-SEC-005
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: kubernetes, types: [secret]}
#   remediation: >-
#     Revoke the token, keep the new one in a Secret synced from a secret manager
#     and reference it (`valueFrom.secretKeyRef`); build URLs from
#     `$(DB_PASSWORD)`-style references to such variables.
#   frameworks: {cis-kubernetes-1.9: ["5.4.1"], nist-800-53: [IA-5(7)]}
#   references:
#     - "https://kubernetes.io/docs/concepts/security/secrets-good-practices/"
#   peers: {checkov: [CKV_SECRET_4, CKV_SECRET_9, CKV_SECRET_12, CKV_SECRET_14, CKV_SECRET_17]}
package srm.kubernetes.secret.service_token

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("service-token")
	msg := sprintf("%s (%s) is written in %s", [s.name, s.masked, secrets.place(s)])
}
