# METADATA
# title: AWS Config recorder has no delivery channel
# description: >-
#   A configuration recorder cannot start without a delivery channel: AWS Config
#   refuses to record until one names the S3 bucket (and optionally the SNS topic)
#   that receives configuration history files and snapshots. A module that creates
#   a recorder but no `aws_config_delivery_channel` therefore leaves the account
#   without configuration history, compliance evaluations or the change
#   notifications auditors and responders rely on, unless the channel is managed
#   somewhere else. Each region of an account has at most one channel.
# custom:
#   id: SRM-AWS-CONFIG-004
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_config_configuration_recorder, aws_config_delivery_channel]}
#   remediation: >-
#     Add the channel next to the recorder: `resource "aws_config_delivery_channel"
#     "main" { name = "main" s3_bucket_name = aws_s3_bucket.config.bucket
#     sns_topic_arn = aws_sns_topic.config.arn depends_on =
#     [aws_config_configuration_recorder.main] }`.
#   frameworks: {cis-aws-3.0: ["3.3"], nist-800-53: [CM-8, AU-6, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/config/latest/developerguide/manage-delivery-channel.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_delivery_channel"
package srm.aws.config.delivery_channel

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AWS Config recorder %s has no delivery channel: this module creates no aws_config_delivery_channel, and without one the recorder cannot start; add one that delivers to an S3 bucket", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_config_configuration_recorder")
	count(tf.resources("aws_config_delivery_channel")) == 0
}
