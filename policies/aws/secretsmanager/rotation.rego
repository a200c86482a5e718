# METADATA
# title: Secrets Manager secret is not rotated automatically at least every 90 days
# description: >-
#   A secret that is never rotated stays valid for as long as it exists: a
#   password or key leaked through a log, a laptop or a former employee keeps
#   working indefinitely. Secrets Manager can rotate secrets on a schedule with a
#   rotation function, but only once the customer configures rotation; a schedule
#   longer than 90 days leaves a leaked credential usable for months.
# custom:
#   id: SRM-AWS-SECRETSMANAGER-002
#   severity: medium
#   areas: [iam, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_secretsmanager_secret, aws_secretsmanager_secret_rotation]}
#   remediation: >-
#     Add a rotation for the secret:
#     `resource "aws_secretsmanager_secret_rotation" "db" { secret_id = aws_secretsmanager_secret.db.id
#     rotation_lambda_arn = aws_lambda_function.rotate.arn rotation_rules { automatically_after_days = 30 } }`
#     (for RDS credentials, prefer `manage_master_user_password = true`, which rotates them for you).
#   frameworks: {nist-800-53: [IA-5, IA-5(1), SC-12]}
#   references:
#     - "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation"
#   peers: {checkov: [CKV2_AWS_57, CKV_AWS_304]}
package srm.aws.secretsmanager.rotation

import data.srm.lib.terraform as tf

max_days := 90

# No rotation at all for a secret of this module.
deny contains {
	"msg": sprintf("Secrets Manager secret %s is never rotated: no aws_secretsmanager_secret_rotation refers to it", [r.address]),
	"resource": r.address,
	"path": ["rotation_rules"],
} if {
	some r in tf.resources("aws_secretsmanager_secret")
	not has_rotation(r)
	not inline_rotation(r)
	not unknown_rotation_target
}

# A rotation schedule longer than 90 days.
deny contains {
	"msg": sprintf("Secrets Manager rotation %s rotates only every %v days (more than %d)", [r.address, days, max_days]),
	"resource": r.address,
	"path": ["rotation_rules", i, attr],
} if {
	some r in tf.resources("aws_secretsmanager_secret_rotation")
	some i, rules in tf.blocks(r.values, "rotation_rules")
	some attr in ["automatically_after_days", "schedule_expression"]
	days := interval_days(attr, rules[attr])
	days > max_days
}

# has_rotation(secret): an aws_secretsmanager_secret_rotation whose secret_id
# refers to the secret or is its name (looked up in the indexes of references and
# values, not by scanning every rotation for every secret).
has_rotation(secret) if tf.has_referrer("aws_secretsmanager_secret_rotation", "secret_id", secret.address)

has_rotation(secret) if tf.has_value("aws_secretsmanager_secret_rotation", "secret_id", object.get(secret.values, "name", null))

# Provider v3/v4 inline rotation on the secret itself.
inline_rotation(secret) if count(tf.blocks(secret.values, "rotation_rules")) > 0

inline_rotation(secret) if object.get(secret.values, "rotation_lambda_arn", "") != ""

# A rotation whose secret_id is an expression that names no secret resource
# (var.secret_id, a module output): it may rotate any of the secrets.
unknown_rotation_target if {
	some rotation in tf.resources("aws_secretsmanager_secret_rotation")
	tf.is_unresolved(rotation.values.secret_id)
	not names_a_secret(rotation)
}

names_a_secret(rotation) if {
	some address in tf.references(rotation, "secret_id")
	some prefix in ["aws_secretsmanager_secret.", "data.aws_secretsmanager_secret."]
	startswith(address, prefix)
}

interval_days("automatically_after_days", value) := value if is_number(value)

# rate(120 days) / rate(3000 hours); cron() schedules are not judged.
interval_days("schedule_expression", value) := to_number(parts[1]) if {
	is_string(value)
	parts := regex.find_all_string_submatch_n(`^rate\(\s*([0-9]+)\s+days?\s*\)$`, value, 1)[0]
}

interval_days("schedule_expression", value) := to_number(parts[1]) / 24 if {
	is_string(value)
	parts := regex.find_all_string_submatch_n(`^rate\(\s*([0-9]+)\s+hours?\s*\)$`, value, 1)[0]
}
