# METADATA
# title: IAM user is given a console password
# description: >-
#   An `aws_iam_user_login_profile` gives an IAM user a long-lived console
#   password: another credential to phish, spray and reuse, managed per account
#   instead of by the organisation's identity provider, and not removed when the
#   person leaves unless someone remembers. People should sign in through IAM
#   Identity Center or federation with MFA and temporary role credentials; AWS
#   creates the password because the customer asks for it.
# custom:
#   id: SRM-AWS-IAM-009
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_user_login_profile]}
#   remediation: >-
#     Remove the login profile and give people access through IAM Identity Center
#     (`aws_ssoadmin_account_assignment`) or SAML/OIDC federation; if an IAM user
#     must keep a password, enforce MFA and `password_reset_required = true`.
#   frameworks: {nist-800-53: [AC-2, IA-2, IA-2(1)]}
#   peers: {checkov: [CKV2_AWS_22], kics: [iam_user_with_access_to_console]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp"
#     - "https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user_login_profile"
package srm.aws.iam.user_login_profile

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s gives IAM user %v a console password; use IAM Identity Center or federation instead", [r.address, object.get(r.values, "user", "?")]),
	"resource": r.address,
	"path": ["user"],
} if {
	some r in tf.resources("aws_iam_user_login_profile")
}
