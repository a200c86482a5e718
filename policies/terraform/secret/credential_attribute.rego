# METADATA
# title: Credential written as a literal value in Terraform code
# description: >-
#   A password, secret key or token written in a resource attribute or a provider
#   block (or in the variable default or tfvars value that reaches one) is in the
#   repository's history for good, readable by everyone who can clone it, and
#   copied into every plan and state file. The attributes that carry credentials
#   are listed in policies/secrets/credentials.toml (database master passwords,
#   virtual machine admin passwords, provider access keys, secret values...);
#   environment variables named like a credential (`DB_PASSWORD`, `API_TOKEN`)
#   are found in Lambda `environment.variables`, App Service `app_settings`,
#   Kubernetes provider `env` blocks and ECS `container_definitions`.
#   A reference is not reported: a variable without a literal default, a
#   `random_password`, a data source, a secret-store reference, or
#   `manage_master_user_password`. srm-lint never prints the value: it shows its
#   first characters only.
# custom:
#   id: SRM-TF-SECRET-001
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [secret]}
#   remediation: >-
#     Generate the credential (`random_password`, `manage_master_user_password = true`)
#     or read it from a secret store (`data "aws_secretsmanager_secret_version"`,
#     `azurerm_key_vault_secret`, `google_secret_manager_secret_version`), or pass
#     it in a `sensitive = true` variable set outside the repository; then rotate
#     the credential that was committed.
#   frameworks: {nist-800-53: [IA-5(7), SC-28], cis-aws-3.0: ["1.4"]}
#   references:
#     - "https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables"
#     - "https://cwe.mitre.org/data/definitions/798.html"
#   peers: {checkov: [CKV_AWS_41, CKV_SECRET_6], kics: [passwords_and_secrets], trivy: [AVD-GEN-0001]}
package srm.terraform.secret.credential_attribute

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("credential")
	msg := sprintf("a literal credential (%s) is written in %s", [s.masked, secrets.place(s)])
}
