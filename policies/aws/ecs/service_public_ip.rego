# METADATA
# title: ECS service gives its tasks public IP addresses
# description: >-
#   With assign_public_ip = true every Fargate task of the service gets a public
#   IPv4 address on its network interface, reachable from the internet as soon
#   as one security group rule is too broad, and bypassing the load balancer that
#   should be the only entry point. Tasks in private subnets reach AWS services
#   and the internet through a NAT gateway or VPC endpoints instead. ECS assigns
#   the address only because the service asks for it.
# custom:
#   id: SRM-AWS-ECS-007
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecs_service]}
#   remediation: >-
#     Run the tasks in private subnets without public addresses:
#     `network_configuration { subnets = module.vpc.private_subnets
#     security_groups = [aws_security_group.app.id] assign_public_ip = false }`,
#     with a NAT gateway or VPC endpoints for outbound traffic.
#   fix: {safety: unsafe, change: "Sets `assign_public_ip = false` in the service's `network_configuration`; new tasks get no public address, so in public subnets without a NAT gateway they can no longer pull images or reach AWS APIs and fail to start."}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service#assign_public_ip"
#   peers: {checkov: [CKV_AWS_333]}
package srm.aws.ecs.service_public_ip

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECS service %s gives its tasks public IP addresses (assign_public_ip = %v)", [r.address, block.assign_public_ip]),
	"resource": r.address,
	"path": ["network_configuration", i, "assign_public_ip"],
	"fix": [{"set": ["network_configuration", i, "assign_public_ip"], "value": false}],
} if {
	some r in tf.resources("aws_ecs_service")
	some i, block in tf.blocks(r.values, "network_configuration")
	tf.is_true(block.assign_public_ip)
}

unknown contains {"resource": r.address, "path": ["network_configuration", i, "assign_public_ip"]} if {
	some r in tf.resources("aws_ecs_service")
	some i, block in tf.blocks(r.values, "network_configuration")
	tf.is_unresolved(block.assign_public_ip)
}
