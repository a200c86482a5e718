# METADATA
# title: Private key written in Terraform code
# description: >-
#   A PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, PGP) in a Terraform
#   file: a TLS key in an attribute or heredoc, an SSH key in `user_data`, a
#   service account key file pasted into a variable. Anyone with the repository
#   can impersonate the server or identity the key belongs to, and decrypt what
#   was encrypted to it. srm-lint never prints the key.
# custom:
#   id: SRM-TF-SECRET-003
#   severity: critical
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [secret]}
#   remediation: >-
#     Replace the key pair (the committed one is compromised) and keep the new
#     private key in a secret store or certificate manager; read it at apply time
#     (`data "aws_secretsmanager_secret_version"`, `azurerm_key_vault_certificate`)
#     or generate it where it is used.
#   frameworks: {nist-800-53: [IA-5(7), SC-12]}
#   references:
#     - "https://cwe.mitre.org/data/definitions/321.html"
#   peers: {checkov: [CKV_SECRET_13]}
package srm.terraform.secret.private_key

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("private-key")
	msg := sprintf("a %s (%s) is written in %s", [s.name, s.masked, secrets.place(s)])
}
