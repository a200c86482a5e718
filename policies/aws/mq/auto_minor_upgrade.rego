# METADATA
# title: Amazon MQ broker does not receive automatic minor version upgrades
# description: >-
#   ActiveMQ and RabbitMQ patch and minor releases fix security flaws in the broker
#   and its management console. With automatic minor version upgrades off, Amazon MQ
#   does not apply them in the maintenance window, and the broker keeps running a
#   known-vulnerable engine until someone upgrades it by hand. Amazon MQ offers the
#   upgrades but the Terraform provider sends `auto_minor_version_upgrade = false`
#   when the argument is left out, so an omitted value is reported too (ActiveMQ
#   5.18 and later and RabbitMQ 3.13 and later even require it to be true).
# custom:
#   id: SRM-AWS-MQ-001
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_mq_broker]}
#   remediation: >-
#     Let Amazon MQ apply minor versions in the maintenance window:
#     `auto_minor_version_upgrade = true`, with a `maintenance_window_start_time
#     { day_of_week = "SUNDAY", time_of_day = "03:00", time_zone = "UTC" }` block.
#   fix: {safety: safe, change: "Sets `auto_minor_version_upgrade = true`; Amazon MQ then applies minor engine versions in the maintenance window, with the broker restart such an upgrade needs."}
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   peers: {checkov: [CKV_AWS_207]}
#   references:
#     - "https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/upgrading-brokers.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/mq-auto-minor-version-upgrade-enabled.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#auto_minor_version_upgrade"
package srm.aws.mq.auto_minor_upgrade

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Amazon MQ broker %s sets auto_minor_version_upgrade = false: it does not receive minor engine upgrades", [r.address]),
	"resource": r.address,
	"path": ["auto_minor_version_upgrade"],
	"fix": [{"set": ["auto_minor_version_upgrade"], "value": true}],
} if {
	some r in tf.resources("aws_mq_broker")
	tf.is_false(r.values.auto_minor_version_upgrade)
}

deny contains {
	"msg": sprintf("Amazon MQ broker %s does not set auto_minor_version_upgrade (the provider defaults it to false): it does not receive minor engine upgrades", [r.address]),
	"resource": r.address,
	"path": ["auto_minor_version_upgrade"],
	"fix": [{"set": ["auto_minor_version_upgrade"], "value": true}],
} if {
	some r in tf.resources("aws_mq_broker")
	object.get(r.values, "auto_minor_version_upgrade", null) == null
}
