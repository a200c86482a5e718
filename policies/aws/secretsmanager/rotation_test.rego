package srm.aws.secretsmanager.rotation_test

import data.srm.aws.secretsmanager.rotation as policy

secret(name, values) := {
	"address": sprintf("aws_secretsmanager_secret.%s", [name]), "type": "aws_secretsmanager_secret", "name": name,
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": sprintf("prod/%s", [name])}, values),
}

rotation(name, secret_id, refs, rules) := {
	"address": sprintf("aws_secretsmanager_secret_rotation.%s", [name]), "type": "aws_secretsmanager_secret_rotation", "name": name,
	"mode": "managed", "file": "main.tf", "references": {"secret_id": refs},
	"values": {"secret_id": secret_id, "rotation_lambda_arn": "${aws_lambda_function.rotate.arn}", "rotation_rules": [rules]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_secret_without_rotation_reported if {
	findings := policy.deny with input as doc({"aws_secretsmanager_secret": [secret("db", {})]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_secretsmanager_secret.db"
	f.path == ["rotation_rules"]
}

test_rotation_of_another_secret_does_not_count if {
	findings := policy.deny with input as doc({
		"aws_secretsmanager_secret": [secret("db", {}), secret("api", {})],
		"aws_secretsmanager_secret_rotation": [rotation("api", "${aws_secretsmanager_secret.api.id}", ["aws_secretsmanager_secret.api"], {"automatically_after_days": 30})],
	})
	{f.resource | some f in findings} == {"aws_secretsmanager_secret.db"}
}

test_rotated_secrets_pass if {
	count(policy.deny) == 0 with input as doc({
		"aws_secretsmanager_secret": [secret("db", {})],
		"aws_secretsmanager_secret_rotation": [rotation("db", "${aws_secretsmanager_secret.db.id}", ["aws_secretsmanager_secret.db"], {"automatically_after_days": 30})],
	})
	count(policy.deny) == 0 with input as doc({
		"aws_secretsmanager_secret": [secret("db", {})],
		"aws_secretsmanager_secret_rotation": [rotation("db", "prod/db", [], {"schedule_expression": "rate(7 days)"})],
	})
	count(policy.deny) == 0 with input as doc({"aws_secretsmanager_secret": [secret("db", {"rotation_lambda_arn": "${aws_lambda_function.rotate.arn}", "rotation_rules": [{"automatically_after_days": 30}]})]})
}

test_unknown_rotation_target_not_judged if {
	count(policy.deny) == 0 with input as doc({
		"aws_secretsmanager_secret": [secret("db", {})],
		"aws_secretsmanager_secret_rotation": [rotation("any", "${var.secret_id}", ["var.secret_id"], {"automatically_after_days": 30})],
	})
}

test_long_schedules_reported if {
	findings := policy.deny with input as doc({
		"aws_secretsmanager_secret": [secret("db", {})],
		"aws_secretsmanager_secret_rotation": [rotation("db", "${aws_secretsmanager_secret.db.id}", ["aws_secretsmanager_secret.db"], {"automatically_after_days": 180})],
	})
	count(findings) == 1
	some f in findings
	f.path == ["rotation_rules", 0, "automatically_after_days"]
	count(policy.deny) == 1 with input as doc({"aws_secretsmanager_secret_rotation": [rotation("db", "x", [], {"schedule_expression": "rate(120 days)"})]})
	count(policy.deny) == 1 with input as doc({"aws_secretsmanager_secret_rotation": [rotation("db", "x", [], {"schedule_expression": "rate(2400 hours)"})]})
	count(policy.deny) == 0 with input as doc({"aws_secretsmanager_secret_rotation": [rotation("db", "x", [], {"schedule_expression": "rate(2000 hours)"})]})
	count(policy.deny) == 0 with input as doc({"aws_secretsmanager_secret_rotation": [rotation("db", "x", [], {"schedule_expression": "cron(0 4 1 */6 ? *)"})]})
	count(policy.deny) == 0 with input as doc({"aws_secretsmanager_secret_rotation": [rotation("db", "x", [], {"automatically_after_days": "${var.days}"})]})
}
