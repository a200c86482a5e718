# METADATA
# title: Cloud access key written in Terraform code
# description: >-
#   An AWS access key or secret key, an Azure storage account key, shared access
#   signature or Entra client secret, a Google Cloud service account key or API
#   key, or a DigitalOcean token, found in a Terraform file: in an attribute,
#   `user_data`, a heredoc, a variable default, a local, a tfvars value or a
#   comment. Whoever reads the repository can act as that identity in the cloud
#   account until the key is revoked. Keys are recognised by their published
#   formats; placeholders and documentation examples (`EXAMPLE`, `changeme`,
#   `${var.x}`) are left out. srm-lint never prints the key.
# custom:
#   id: SRM-TF-SECRET-002
#   severity: critical
#   areas: [iam, data-security, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [secret]}
#   remediation: >-
#     Revoke the key now (it is in the history), then let Terraform and workloads
#     obtain credentials from the environment: instance profiles, workload identity,
#     managed identities, OIDC federation from CI, or a secret store.
#   frameworks: {nist-800-53: [IA-5(7), AC-2], cis-aws-3.0: ["1.4", "1.14"]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#securing_access-keys"
#     - "https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys"
#   peers: {checkov: [CKV_AWS_41, CKV_AWS_46, CKV_SECRET_2, CKV_SECRET_3], trivy: [AVD-AWS-0029]}
package srm.terraform.secret.cloud_key

import data.srm.lib.secrets

deny contains {"secret": s.id, "msg": msg} if {
	some s in secrets.of_category("cloud-key")
	msg := sprintf("%s (%s) is written in %s", [s.name, s.masked, secrets.place(s)])
}
