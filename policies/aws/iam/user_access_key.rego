# METADATA
# title: IAM user is given a long-lived access key
# description: >-
#   An `aws_iam_access_key` creates a key pair that never expires: it ends up in
#   CI variables, config files and laptops, is the most common way AWS accounts are
#   breached once leaked, and its secret is written to the Terraform state (in
#   plaintext unless a `pgp_key` is set). Workloads should use IAM roles
#   (instance profiles, IRSA, OIDC federation for CI) and people should use IAM
#   Identity Center; AWS issues the key because the customer asks for it.
# custom:
#   id: SRM-AWS-IAM-008
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_access_key]}
#   remediation: >-
#     Remove the access key and use temporary credentials: an IAM role assumed
#     through an instance profile, `aws_iam_openid_connect_provider` for CI (e.g.
#     GitHub Actions), or IAM Identity Center for people; if a key is unavoidable,
#     set `pgp_key` and rotate it at least every 90 days.
#   frameworks: {nist-800-53: [IA-5, IA-5(1), AC-2]}
#   peers: {kics: [iam_access_key_is_exposed]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key"
package srm.aws.iam.user_access_key

import data.srm.lib.terraform as tf

# An active key (status defaults to "Active"); an inactive key is on its way out.
deny contains {
	"msg": sprintf("%s creates a long-lived access key for IAM user %v%s; use an IAM role with temporary credentials instead", [r.address, object.get(r.values, "user", "?"), state_note(r.values)]),
	"resource": r.address,
	"path": ["user"],
} if {
	some r in tf.resources("aws_iam_access_key")
	not inactive(r.values)
}

inactive(values) if {
	is_string(values.status)
	lower(values.status) == "inactive"
}

inactive(values) if tf.is_unresolved(values.status)

state_note(values) := "" if {
	object.get(values, "pgp_key", "") != ""
} else := ", and its secret is stored unencrypted in the Terraform state (no pgp_key)"
