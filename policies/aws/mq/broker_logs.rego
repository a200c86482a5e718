# METADATA
# title: Amazon MQ broker does not publish its general and audit logs to CloudWatch Logs
# description: >-
#   Without general logs there is no record of connections, errors and broker
#   restarts; without the ActiveMQ audit log there is no trail of who created, changed
#   or deleted users, destinations and configuration through JMX or the web console,
#   which auditors expect and investigators need. Amazon MQ publishes neither unless
#   the `logs` block asks for it: both `general` and `audit` default to false. RabbitMQ
#   brokers have no audit log, so only their general log is required.
# custom:
#   id: SRM-AWS-MQ-002
#   severity: medium
#   areas: [compliance, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_mq_broker]}
#   remediation: >-
#     Publish the logs: `logs { general = true audit = true }` (RabbitMQ: `logs {
#     general = true }`), and give Amazon MQ a CloudWatch Logs resource policy that
#     allows it to write to `/aws/amazonmq/*`.
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_48], kics: [mq_broker_logging_disabled], trivy: [AVD-AWS-0070, AVD-AWS-0071]}
#   references:
#     - "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/configure-logging-monitoring-activemq.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#logs"
package srm.aws.mq.broker_logs

import data.srm.lib.terraform as tf

# No logs block at all: nothing is published.
deny contains {
	"msg": sprintf("Amazon MQ broker %s has no logs block: it publishes %s to CloudWatch Logs", [r.address, nothing(r.values)]),
	"resource": r.address,
	"path": ["logs"],
} if {
	some r in tf.resources("aws_mq_broker")
	count(tf.blocks(r.values, "logs")) == 0
}

deny contains {
	"msg": sprintf("Amazon MQ broker %s does not publish its general log: logs.general is %s", [r.address, shown(block, "general")]),
	"resource": r.address,
	"path": ["logs", i, "general"],
} if {
	some r in tf.resources("aws_mq_broker")
	some i, block in tf.blocks(r.values, "logs")
	off(block, "general")
}

deny contains {
	"msg": sprintf("ActiveMQ broker %s does not publish its audit log: logs.audit is %s", [r.address, shown(block, "audit")]),
	"resource": r.address,
	"path": ["logs", i, "audit"],
} if {
	some r in tf.resources("aws_mq_broker")
	activemq(r.values)
	some i, block in tf.blocks(r.values, "logs")
	off(block, "audit")
}

# off(block, attr): the log is explicitly disabled or left out (both default to false).
off(block, attr) if tf.is_false(block[attr])

off(block, attr) if object.get(block, attr, null) == null

shown(block, attr) := "not set (default false)" if object.get(block, attr, null) == null

shown(block, attr) := sprintf("%v", [block[attr]]) if object.get(block, attr, null) != null

activemq(values) if {
	is_string(values.engine_type)
	lower(values.engine_type) == "activemq"
}

nothing(values) := "neither its general nor its audit log" if activemq(values)

nothing(values) := "no general log" if not activemq(values)
