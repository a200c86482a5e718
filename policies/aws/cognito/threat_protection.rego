# METADATA
# title: Cognito user pool does not enforce threat protection
# description: >-
#   Threat protection (formerly advanced security) scores each sign-in for
#   compromised credentials, unusual devices and locations, and can block the
#   attempt or demand MFA. Without it, or in "AUDIT" mode where risks are only
#   recorded as metrics, credential stuffing with leaked passwords and account
#   takeover attempts succeed as soon as a password matches. It is an add-on of
#   the Plus feature plan that the customer must switch to "ENFORCED".
# custom:
#   id: SRM-AWS-COGNITO-002
#   severity: low
#   areas: [iam, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cognito_user_pool]}
#   remediation: >-
#     Enforce threat protection: `user_pool_tier = "PLUS"` and `user_pool_add_ons {
#     advanced_security_mode = "ENFORCED" }` on `aws_cognito_user_pool`, then choose
#     the risk responses (block, require MFA, notify) with
#     `aws_cognito_risk_configuration`.
#   frameworks: {nist-800-53: [AC-7, IA-2, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool#user_pool_add_ons"
package srm.aws.cognito.threat_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cognito user pool %s does not block risky sign-ins: advanced_security_mode is %q; set it to \"ENFORCED\" (Plus feature plan)", [r.address, addons.advanced_security_mode]),
	"resource": r.address,
	"path": ["user_pool_add_ons", i, "advanced_security_mode"],
} if {
	some r in tf.resources("aws_cognito_user_pool")
	some i, addons in tf.blocks(r.values, "user_pool_add_ons")
	is_string(addons.advanced_security_mode)
	upper(addons.advanced_security_mode) in {"OFF", "AUDIT"}
}

deny contains {
	"msg": sprintf("Cognito user pool %s does not block risky sign-ins: it has no user_pool_add_ons block, so threat protection is off; add user_pool_add_ons { advanced_security_mode = \"ENFORCED\" } (Plus feature plan)", [r.address]),
	"resource": r.address,
	"path": ["user_pool_add_ons"],
} if {
	some r in tf.resources("aws_cognito_user_pool")
	count(tf.blocks(r.values, "user_pool_add_ons")) == 0
}

unknown contains {"resource": r.address, "path": ["user_pool_add_ons", i, "advanced_security_mode"]} if {
	some r in tf.resources("aws_cognito_user_pool")
	some i, addons in tf.blocks(r.values, "user_pool_add_ons")
	tf.is_unresolved(object.get(addons, "advanced_security_mode", null))
}
