# METADATA
# title: IAM password policy allows passwords shorter than 14 characters
# description: >-
#   Console passwords of IAM users are exposed to guessing, spraying and offline
#   cracking of leaked hashes; length is what makes them resist. The account
#   password policy sets the minimum, and the provider's default of 6 characters
#   (AWS's own default is 8) falls far short of the 14 that CIS asks for. AWS
#   enforces whatever minimum the customer configures.
# custom:
#   id: SRM-AWS-IAM-004
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_account_password_policy]}
#   remediation: >-
#     Require long passwords: `minimum_password_length = 14` (or more) on
#     `aws_iam_account_password_policy`; better, move people to IAM Identity Center
#     with MFA and remove IAM user passwords.
#   fix: {safety: safe, change: "Sets `minimum_password_length = 14`, the minimum this policy accepts; existing passwords keep working, new and changed passwords must be at least 14 characters."}
#   frameworks: {cis-aws-3.0: ["1.8"], nist-800-53: [IA-5, IA-5(1)]}
#   peers: {checkov: [CKV_AWS_10], kics: [iam_password_without_minimum_length], trivy: [AVD-AWS-0063]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy#minimum_password_length"
package srm.aws.iam.password_policy_length

import data.srm.lib.terraform as tf

minimum := 14

deny contains {
	"msg": sprintf("IAM password policy %s allows %v-character passwords: minimum_password_length is %v; set it to at least %d", [r.address, length, r.values.minimum_password_length, minimum]),
	"resource": r.address,
	"path": ["minimum_password_length"],
	"fix": [{"set": ["minimum_password_length"], "value": minimum}],
} if {
	some r in tf.resources("aws_iam_account_password_policy")
	length := known_number(r.values.minimum_password_length)
	length < minimum
}

deny contains {
	"msg": sprintf("IAM password policy %s does not set minimum_password_length, so 6-character passwords are allowed (provider default); set it to at least %d", [r.address, minimum]),
	"resource": r.address,
	"path": ["minimum_password_length"],
	"fix": [{"set": ["minimum_password_length"], "value": minimum}],
} if {
	some r in tf.resources("aws_iam_account_password_policy")
	not "minimum_password_length" in object.keys(r.values)
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
