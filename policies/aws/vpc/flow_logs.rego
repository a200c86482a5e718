# METADATA
# title: VPC has no flow log
# description: >-
#   Without VPC flow logs there is no record of which addresses talked to which
#   instances, on which ports, and what the security groups rejected: port scans,
#   data exfiltration and lateral movement go unseen, and an incident cannot be
#   scoped afterwards. AWS does not capture this traffic metadata unless the
#   customer creates a flow log for the VPC and sends it to CloudWatch Logs, S3 or
#   Firehose.
# custom:
#   id: SRM-AWS-VPC-002
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_vpc, aws_flow_log]}
#   remediation: >-
#     Add a flow log that refers to the VPC:
#     `resource "aws_flow_log" "main" { vpc_id = aws_vpc.main.id traffic_type = "ALL"
#     log_destination_type = "cloud-watch-logs" log_destination =
#     aws_cloudwatch_log_group.flow.arn iam_role_arn = aws_iam_role.flow.arn }`.
#   frameworks: {cis-aws-3.0: ["3.7"], nist-800-53: [AU-2, AU-12, SI-4]}
#   peers: {checkov: [CKV2_AWS_11], kics: [vpc_flowlogs_disabled], trivy: [AVD-AWS-0178]}
#   references:
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log"
package srm.aws.vpc.flow_logs

import data.srm.lib.terraform as tf

# Only a flow log whose vpc_id refers to the VPC counts: a flow log attached
# through a variable, a local or another module cannot be matched.
deny contains {
	"msg": sprintf("VPC %s has no flow log: no aws_flow_log in this module has a vpc_id that refers to it", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_vpc")
	not tf.is_attached("aws_flow_log", "vpc_id", r)
}
