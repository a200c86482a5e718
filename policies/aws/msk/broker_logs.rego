# METADATA
# title: MSK cluster does not deliver its broker logs
# description: >-
#   Broker logs record client connections, authentication and authorization
#   failures, ACL denials and broker errors: what an investigation of a leaked
#   credential or an unexpected consumer needs, and what explains an outage. MSK
#   keeps no broker logs unless `logging_info` sends them to CloudWatch Logs, S3 or
#   Kinesis Data Firehose, and logs that were never delivered cannot be recovered
#   later.
# custom:
#   id: SRM-AWS-MSK-003
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_msk_cluster]}
#   remediation: >-
#     Deliver the broker logs: `logging_info { broker_logs { cloudwatch_logs {
#     enabled = true log_group = aws_cloudwatch_log_group.msk.name } } }` (or an
#     `s3` / `firehose` destination with `enabled = true`).
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_80], kics: [msk_cluster_logging_disabled], trivy: [AVD-AWS-0074]}
#   references:
#     - "https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#logging_info"
package srm.aws.msk.broker_logs

import data.srm.lib.terraform as tf

destinations := ["cloudwatch_logs", "firehose", "s3"]

deny contains {
	"msg": sprintf("MSK cluster %s has no logging_info block, so its broker logs are not delivered anywhere; send them to CloudWatch Logs, S3 or Firehose", [r.address]),
	"resource": r.address,
	"path": ["logging_info"],
} if {
	some r in tf.resources("aws_msk_cluster")
	count(tf.blocks(r.values, "logging_info")) == 0
}

deny contains {
	"msg": sprintf("MSK cluster %s enables no broker log destination (none of cloudwatch_logs, s3, firehose has enabled = true); enable at least one", [r.address]),
	"resource": r.address,
	"path": ["logging_info", i, "broker_logs", j],
} if {
	some r in tf.resources("aws_msk_cluster")
	some i, info in tf.blocks(r.values, "logging_info")
	some j, logs in tf.blocks(info, "broker_logs")
	not some_destination_enabled(logs)
	not some_destination_unresolved(logs)
}

unknown contains {"resource": r.address, "path": ["logging_info", i, "broker_logs", j]} if {
	some r in tf.resources("aws_msk_cluster")
	some i, info in tf.blocks(r.values, "logging_info")
	some j, logs in tf.blocks(info, "broker_logs")
	not some_destination_enabled(logs)
	some_destination_unresolved(logs)
}

some_destination_enabled(logs) if {
	some name in destinations
	some destination in tf.blocks(logs, name)
	tf.is_true(destination.enabled)
}

some_destination_unresolved(logs) if {
	some name in destinations
	some destination in tf.blocks(logs, name)
	tf.is_unresolved(object.get(destination, "enabled", null))
}
