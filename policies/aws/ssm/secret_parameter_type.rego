# METADATA
# title: SSM parameter with a credential name is not a SecureString
# description: >-
#   A parameter named like a password, token, API key or private key but stored
#   as String or StringList is kept unencrypted: its value is returned in clear
#   to anyone allowed ssm:GetParameter or ssm:GetParameters* on the path, shows up
#   in the console and in parameter history, and is not protected by a KMS key
#   policy. Parameter Store encrypts a value with KMS only when its type is
#   SecureString.
# custom:
#   id: SRM-AWS-SSM-002
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ssm_parameter]}
#   remediation: >-
#     Store the secret encrypted: `type = "SecureString"` with
#     `key_id = aws_kms_key.parameters.arn` (and `value_wo` to keep it out of
#     the state), or move it to Secrets Manager.
#   frameworks: {nist-800-53: [SC-28, SC-28(1), IA-5(7)]}
#   references:
#     - "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html"
#     - "https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-about-examples.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter#type"
#   peers: {checkov: [CKV2_AWS_34]}
package srm.aws.ssm.secret_parameter_type

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SSM parameter %s is named like a credential (%q) but stored unencrypted (type = %q); use SecureString", [r.address, r.values.name, r.values.type]),
	"resource": r.address,
	"path": ["type"],
} if {
	some r in secret_parameters
	is_string(r.values.type)
	not tf.is_unresolved(r.values.type)
	r.values.type != "SecureString"
}

applies contains r.address if some r in secret_parameters

unknown contains {"resource": r.address, "path": ["type"]} if {
	some r in secret_parameters
	tf.is_unresolved(r.values.type)
}

# Parameters whose last path segment names a credential: /prod/db/password, /app/API_TOKEN.
secret_parameters contains r if {
	some r in tf.resources("aws_ssm_parameter")
	name := r.values.name
	is_string(name)
	not tf.is_unresolved(name)
	segments := split(trim_right(name, "/"), "/")
	tf.looks_like_secret_name(segments[count(segments) - 1])
}
