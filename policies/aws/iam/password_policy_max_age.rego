# METADATA
# title: IAM password policy lets console passwords live longer than 90 days
# description: >-
#   Without a maximum age (`max_password_age` unset or 0) an IAM user's console
#   password stays valid for as long as the user exists, so a password that leaked
#   years ago still works. PCI DSS 4.0 (8.3.9) requires passwords that are the
#   only authentication factor to change at least every 90 days; NIST SP 800-63B
#   advises against forced periodic changes once MFA and breached-password checks
#   are in place, which is why this is a low-severity compliance finding. AWS
#   expires passwords only when the customer sets a maximum age.
# custom:
#   id: SRM-AWS-IAM-011
#   severity: low
#   areas: [compliance, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_account_password_policy]}
#   remediation: >-
#     Expire passwords within 90 days: `max_password_age = 90` on
#     `aws_iam_account_password_policy` (with `allow_users_to_change_password =
#     true`), or move people to IAM Identity Center and remove IAM user passwords.
#   fix: {safety: unsafe, change: "Sets `max_password_age = 90`; console passwords older than 90 days expire at once, so their users must change them at the next sign-in (and are locked out until an administrator resets them when `hard_expiry` is on or users may not change their own password)."}
#   frameworks: {pci-dss-4.0: ["8.3.9"], nist-800-53: [IA-5(1)]}
#   peers: {checkov: [CKV_AWS_9], trivy: [AVD-AWS-0062]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy#max_password_age"
package srm.aws.iam.password_policy_max_age

import data.srm.lib.terraform as tf

maximum_days := 90

deny contains {
	"msg": sprintf("IAM password policy %s %s (max_password_age = %v); set it to at most %d", [r.address, age_text(days), r.values.max_password_age, maximum_days]),
	"resource": r.address,
	"path": ["max_password_age"],
	"fix": [{"set": ["max_password_age"], "value": maximum_days}],
} if {
	some r in tf.resources("aws_iam_account_password_policy")
	days := known_number(r.values.max_password_age)
	too_long(days)
}

deny contains {
	"msg": sprintf("IAM password policy %s does not set max_password_age, so console passwords never expire; set it to at most %d", [r.address, maximum_days]),
	"resource": r.address,
	"path": ["max_password_age"],
	"fix": [{"set": ["max_password_age"], "value": maximum_days}],
} if {
	some r in tf.resources("aws_iam_account_password_policy")
	not "max_password_age" in object.keys(r.values)
}

unknown contains {"resource": r.address, "path": ["max_password_age"]} if {
	some r in tf.resources("aws_iam_account_password_policy")
	tf.is_unresolved(r.values.max_password_age)
}

too_long(days) if days == 0

too_long(days) if days > maximum_days

age_text(0) := "never expires console passwords"

age_text(days) := sprintf("lets console passwords live %v days", [days]) if days > 0

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
