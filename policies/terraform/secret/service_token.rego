# METADATA
# title: Service token written in Terraform code
# description: >-
#   A token of a service with a published format (GitHub, GitLab, Slack tokens and
#   webhooks, Stripe live keys, SendGrid, npm, PyPI, HashiCorp Vault and HCP
#   Terraform tokens, JSON Web Tokens) or a password inside a URL
#   (`postgres://app:password@db`) in a Terraform file. The token works for
#   anyone who reads the repository until it is revoked. Placeholders and
#   documentation examples are left out. srm-lint never prints the token.
# custom:
#   id: SRM-TF-SECRET-004
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [secret]}
#   remediation: >-
#     Revoke the token, issue a new one and pass it in a `sensitive = true`
#     variable set by the pipeline, or read it from a secret store; for URLs,
#     build the connection string from a secret reference.
#   frameworks: {nist-800-53: [IA-5(7)]}
#   references:
#     - "https://cwe.mitre.org/data/definitions/798.html"
#   peers: {checkov: [CKV_SECRET_4, CKV_SECRET_9, CKV_SECRET_12, CKV_SECRET_14, CKV_SECRET_17]}
package srm.terraform.secret.service_token

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("service-token")
	msg := sprintf("%s (%s) is written in %s", [s.name, s.masked, secrets.place(s)])
}
