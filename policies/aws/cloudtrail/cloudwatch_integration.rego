# METADATA
# title: CloudTrail trail does not deliver events to CloudWatch Logs
# description: >-
#   A trail that only writes to S3 is an archive: nobody is told when the root
#   user signs in, a policy is changed or CloudTrail itself is stopped, because
#   metric filters and alarms (the CIS monitoring controls) and Logs Insights
#   queries need the events in CloudWatch Logs. Delivery to CloudWatch Logs is
#   optional and off unless the customer configures a log group and a delivery
#   role on the trail.
# custom:
#   id: SRM-AWS-CLOUDTRAIL-004
#   severity: low
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudtrail]}
#   remediation: >-
#     Send the trail to a log group: `cloud_watch_logs_group_arn =
#     "${aws_cloudwatch_log_group.trail.arn}:*"` with `cloud_watch_logs_role_arn =
#     aws_iam_role.trail_to_cloudwatch.arn` on `aws_cloudtrail`, then add metric
#     filters and alarms for the events that matter.
#   frameworks: {nist-800-53: [AU-6, AU-6(1), SI-4]}
#   peers: {checkov: [CKV2_AWS_10], kics: [cloudtrail_not_integrated_with_cloudwatch], trivy: [AVD-AWS-0162]}
#   references:
#     - "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn"
package srm.aws.cloudtrail.cloudwatch_integration

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudTrail trail %s does not deliver events to CloudWatch Logs: cloud_watch_logs_group_arn is not set, so no metric filter or alarm can watch it", [r.address]),
	"resource": r.address,
	"path": ["cloud_watch_logs_group_arn"],
} if {
	some r in tf.resources("aws_cloudtrail")
	object.get(r.values, "cloud_watch_logs_group_arn", "") in {"", null}
}
