# METADATA
# title: ECS container image uses the latest tag or no tag
# description: >-
#   An image reference without a tag means latest, and latest is a mutable tag:
#   each new task pulls whatever was pushed last, so tasks of one service can run
#   different code, a vulnerable or malicious push is deployed on the next scale
#   out or restart without review, scan results no longer describe what runs, and
#   a rollback has no version to return to. ECS runs exactly the reference the
#   task definition names.
# custom:
#   id: SRM-AWS-ECS-011
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_task_definition]}
#   remediation: >-
#     Reference a released version, ideally pinned by digest:
#     `image = "${aws_ecr_repository.app.repository_url}:1.4.2"` or
#     `image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/app@sha256:<digest>"`,
#     and make the repository's tags immutable.
#   frameworks: {nist-800-53: [CM-2, CM-3, SI-7]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_image"
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions"
package srm.aws.ecs.image_tag

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS task definition %s: container %s runs image %q, which %s", [r.address, c.name, image, problem]),
	"resource": r.address,
	"path": tf.container_definition_path(c, ["image"]),
} if {
	some r in tf.resources("aws_ecs_task_definition")
	some c in tf.container_definitions(r)
	image := c.definition.image
	is_string(image)
	image != ""
	not contains(image, "@")
	problem := _problem(image)
}

# The last path component holds the tag; a registry port (`host:5000/app`) does not count.
_last(image) := parts[count(parts) - 1] if parts := split(image, "/")

_problem(image) := "has neither tag nor digest, so it means latest" if {
	not tf.is_unresolved(image)
	not contains(_last(image), ":")
}

# Also when the repository is an expression: "${aws_ecr_repository.app.repository_url}:latest".
_problem(image) := "is tagged latest, a mutable tag" if endswith(image, ":latest")
