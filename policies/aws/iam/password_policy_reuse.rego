# METADATA
# title: IAM password policy does not prevent password reuse
# description: >-
#   When users can go back to a previous password, a password that leaked once
#   (in a breach corpus, a phishing kit, a shoulder-surfed login) becomes valid
#   again after the next forced change, and rotation achieves nothing. The account
#   password policy remembers up to 24 previous passwords, but only when
#   `password_reuse_prevention` is set; CIS asks for 24.
# custom:
#   id: SRM-AWS-IAM-005
#   severity: low
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_account_password_policy]}
#   remediation: >-
#     Remember the last 24 passwords: `password_reuse_prevention = 24` on
#     `aws_iam_account_password_policy`.
#   fix: {safety: safe, change: "Sets `password_reuse_prevention = 24`; existing passwords keep working, users cannot pick one of their last 24 passwords when they next change it."}
#   frameworks: {cis-aws-3.0: ["1.9"], nist-800-53: [IA-5, IA-5(1)]}
#   peers: {checkov: [CKV_AWS_13], kics: [password_without_reuse_prevention]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy#password_reuse_prevention"
package srm.aws.iam.password_policy_reuse

import data.srm.lib.terraform as tf

remembered := 24

deny contains {
	"msg": sprintf("IAM password policy %s only remembers %v previous passwords (password_reuse_prevention = %v); set it to %d", [r.address, count_, r.values.password_reuse_prevention, remembered]),
	"resource": r.address,
	"path": ["password_reuse_prevention"],
	"fix": [{"set": ["password_reuse_prevention"], "value": remembered}],
} if {
	some r in tf.resources("aws_iam_account_password_policy")
	count_ := known_number(r.values.password_reuse_prevention)
	count_ < remembered
}

deny contains {
	"msg": sprintf("IAM password policy %s does not set password_reuse_prevention, so users can reuse old passwords; set it to %d", [r.address, remembered]),
	"resource": r.address,
	"path": ["password_reuse_prevention"],
	"fix": [{"set": ["password_reuse_prevention"], "value": remembered}],
} if {
	some r in tf.resources("aws_iam_account_password_policy")
	not "password_reuse_prevention" in object.keys(r.values)
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
