# METADATA
# title: ECS container receives a secret as a plaintext environment variable
# description: >-
#   Values under environment in a container definition are stored in the task
#   definition in plaintext: anyone allowed ecs:DescribeTaskDefinition, the
#   Terraform state, CloudTrail and every deployment tool can read the password or
#   token, and it cannot be rotated without a new revision. ECS can inject the
#   value at start from Secrets Manager or SSM Parameter Store (the secrets
#   parameter), but only if the customer uses it.
# custom:
#   id: SRM-AWS-ECS-004
#   severity: high
#   areas: [data-security, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Move the value to Secrets Manager (or an SSM SecureString) and reference it:
#     `secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]`
#     instead of `environment = [{ name = "DB_PASSWORD", value = "..." }]`, and
#     allow the task execution role `secretsmanager:GetSecretValue` on it.
#   frameworks: {nist-800-53: [IA-5(7), SC-28]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html"
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions"
#   peers: {trivy: [AVD-AWS-0036]}
package srm.aws.ecs.plaintext_secrets

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s passes %q to container %s as a plaintext environment variable; use the secrets parameter with Secrets Manager or SSM Parameter Store", [r.address, variable.name, c.name]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["environment", k, "name"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some c in tf.container_definitions(r)
	environment := object.get(c.definition, "environment", [])
	is_array(environment)
	some k, variable in environment
	is_object(variable)
	tf.looks_like_secret_name(variable.name)
	carries_value(object.get(variable, "value", null))
}

# A value is carried (literal or computed: either way it lands in the task
# definition in plaintext); empty strings and ARNs of secrets are not secrets.
carries_value(value) if {
	is_string(value)
	value != ""
	not startswith(value, "arn:aws")
}

carries_value(value) if is_number(value)
