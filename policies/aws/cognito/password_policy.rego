# METADATA
# title: Cognito user pool allows passwords too short for its MFA setting
# description: >-
#   Length is what makes a password resist guessing, spraying and cracking of
#   leaked hashes. NIST SP 800-63B (revision 4) asks for at least 15 characters
#   when a password is the only factor and at least 8 when it is combined with
#   MFA. Cognito's default minimum is 8 and a pool may go down to 6, so a pool
#   that does not require MFA (`mfa_configuration` other than "ON") needs a
#   longer minimum than Cognito sets for it. Pools that do not accept passwords
#   as a first factor are not judged.
# custom:
#   id: SRM-AWS-COGNITO-003
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cognito_user_pool]}
#   remediation: >-
#     Require `mfa_configuration = "ON"` with `password_policy { minimum_length = 8 }`
#     or more, or, where MFA stays optional, `password_policy { minimum_length = 15 }`
#     on `aws_cognito_user_pool` (and `password_history_size` on the Essentials
#     plan or higher).
#   frameworks: {nist-800-53: [IA-5, IA-5(1)]}
#   references:
#     - "https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html"
#     - "https://pages.nist.gov/800-63-4/sp800-63b.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-password-policy-check.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool#password_policy"
package srm.aws.cognito.password_policy

import data.srm.lib.terraform as tf

single_factor_minimum := 15

multi_factor_minimum := 8

cognito_default := 8

deny contains {
	"msg": sprintf("Cognito user pool %s accepts %v-character passwords (password_policy.minimum_length = %v) %s; set minimum_length to at least %d", [r.address, length, policy.minimum_length, reason(r), required(r)]),
	"resource": r.address,
	"path": ["password_policy", i, "minimum_length"],
} if {
	some r in password_pools
	some i, policy in tf.blocks(r.values, "password_policy")
	length := known_number(policy.minimum_length)
	length < required(r)
}

deny contains {
	"msg": sprintf("Cognito user pool %s accepts %d-character passwords (Cognito's default minimum) %s; set password_policy { minimum_length = %d }", [r.address, cognito_default, reason(r), required(r)]),
	"resource": r.address,
	"path": path,
} if {
	some r in password_pools
	some path in default_length_paths(r)
	cognito_default < required(r)
}

# Pools that accept a password as first factor.
applies contains r.address if some r in password_pools

unknown contains {"resource": r.address, "path": ["password_policy", i, "minimum_length"]} if {
	some r in password_pools
	some i, policy in tf.blocks(r.values, "password_policy")
	tf.is_unresolved(object.get(policy, "minimum_length", null))
}

password_pools contains r if {
	some r in tf.resources("aws_cognito_user_pool")
	not passwordless(r.values)
}

# The minimum length depends on whether every user must pass MFA; an unresolved
# mfa_configuration gets the benefit of the doubt.
required(r) := multi_factor_minimum if mfa_required(r.values)

required(r) := single_factor_minimum if not mfa_required(r.values)

mfa_required(values) if {
	is_string(values.mfa_configuration)
	upper(values.mfa_configuration) == "ON"
}

mfa_required(values) if tf.is_unresolved(values.mfa_configuration)

reason(r) := "although every user must also pass MFA" if {
	mfa_required(r.values)
} else := "while MFA is not required for every user, so the password may be the only factor"

# Where the default length applies: no password_policy block, or one without minimum_length.
default_length_paths(r) := {["password_policy"]} if {
	count(tf.blocks(r.values, "password_policy")) == 0
} else := {["password_policy", i, "minimum_length"] |
	some i, policy in tf.blocks(r.values, "password_policy")
	object.get(policy, "minimum_length", null) == null
}

passwordless(values) if {
	some sign_in in tf.blocks(values, "sign_in_policy")
	factors := sign_in.allowed_first_auth_factors
	is_array(factors)
	count(factors) > 0
	not "PASSWORD" in factors
	not some_unresolved(factors)
}

some_unresolved(factors) if {
	some factor in factors
	tf.is_unresolved(factor)
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
