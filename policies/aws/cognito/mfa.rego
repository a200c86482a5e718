# METADATA
# title: Cognito user pool does not offer multi-factor authentication
# description: >-
#   With `mfa_configuration = "OFF"` a password is all it takes to sign in to the
#   user pool, so phished, reused or sprayed passwords give full access to the
#   application and to whatever AWS resources its identity pool or API
#   authorizers grant. "ON" requires a second factor (TOTP, SMS or email code)
#   from every user; "OPTIONAL" at least lets users protect their accounts. Cognito
#   leaves MFA off unless the customer configures it. Pools that do not accept
#   passwords as a first factor (passkeys or one-time codes only) are not judged.
# custom:
#   id: SRM-AWS-COGNITO-001
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cognito_user_pool]}
#   remediation: >-
#     Require a second factor: `mfa_configuration = "ON"` (or "OPTIONAL" for
#     consumer sign-up) with `software_token_mfa_configuration { enabled = true }`
#     on `aws_cognito_user_pool`.
#   frameworks: {nist-800-53: [IA-2(1), IA-2(2)]}
#   peers: {kics: [cognito_userpool_without_mfa]}
#   references:
#     - "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool#mfa_configuration"
package srm.aws.cognito.mfa

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cognito user pool %s signs users in with a password alone: mfa_configuration is %q; set it to \"ON\" (or \"OPTIONAL\")", [r.address, r.values.mfa_configuration]),
	"resource": r.address,
	"path": ["mfa_configuration"],
} if {
	some r in password_pools
	is_string(r.values.mfa_configuration)
	upper(r.values.mfa_configuration) == "OFF"
}

deny contains {
	"msg": sprintf("Cognito user pool %s signs users in with a password alone: mfa_configuration is not set (default \"OFF\"); set it to \"ON\" (or \"OPTIONAL\")", [r.address]),
	"resource": r.address,
	"path": ["mfa_configuration"],
} if {
	some r in password_pools
	not "mfa_configuration" in object.keys(r.values)
}

# Pools that accept a password as first factor.
applies contains r.address if some r in password_pools

unknown contains {"resource": r.address, "path": ["mfa_configuration"]} if {
	some r in password_pools
	tf.is_unresolved(r.values.mfa_configuration)
}

password_pools contains r if {
	some r in tf.resources("aws_cognito_user_pool")
	not passwordless(r.values)
}

# passwordless(values): the sign-in policy lists the first factors, and PASSWORD is not one of them.
passwordless(values) if {
	some policy in tf.blocks(values, "sign_in_policy")
	factors := policy.allowed_first_auth_factors
	is_array(factors)
	count(factors) > 0
	not "PASSWORD" in factors
	not some_unresolved(factors)
}

some_unresolved(factors) if {
	some factor in factors
	tf.is_unresolved(factor)
}
