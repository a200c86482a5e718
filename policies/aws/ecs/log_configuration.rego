# METADATA
# title: ECS container does not send its logs anywhere
# description: >-
#   A container definition without logConfiguration leaves stdout and stderr on
#   the container instance (EC2) or nowhere at all (Fargate): when the task stops
#   or is replaced, its application and access logs are gone, and an intrusion,
#   a crash loop or a data leak through the application leaves no record to
#   investigate. ECS ships logs only through the log driver the task definition
#   names, such as awslogs or FireLens.
# custom:
#   id: SRM-AWS-ECS-006
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Give every container a log driver, e.g. `logConfiguration = { logDriver =
#     "awslogs", options = { "awslogs-group" = aws_cloudwatch_log_group.app.name,
#     "awslogs-region" = "eu-west-1", "awslogs-stream-prefix" = "app" } }` (or
#     `logDriver = "awsfirelens"` with a FireLens log router).
#   frameworks: {nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html"
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_storage"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions"
package srm.aws.ecs.log_configuration

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s: container %s has no logConfiguration, so its output is not collected", [r.address, c.name]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["logConfiguration"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some c in tf.container_definitions(r)
	object.get(c.definition, "logConfiguration", null) == null
}

deny contains {
	"msg": sprintf("ECS task definition %s: container %s has a logConfiguration without a logDriver, so its output is not collected", [r.address, c.name]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["logConfiguration"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some c in tf.container_definitions(r)
	config := c.definition.logConfiguration
	is_object(config)
	object.get(config, "logDriver", "") in {"", null}
}

# Container definitions given by an expression (a variable, a module output) cannot be read.
unknown contains {"resource": r.address, "path": ["container_definitions"]} if {
	some r in tf.resources("aws_ecs_task_definition")
	tf.is_unresolved(object.get(r.values, "container_definitions", null))
}
