# METADATA
# title: GuardDuty detector is disabled
# description: >-
#   GuardDuty is the account's threat detection: it analyses CloudTrail, VPC flow
#   logs and DNS queries for compromised credentials, crypto-mining, command and
#   control traffic and reconnaissance. A detector created with `enable = false`
#   produces no findings at all, so an intrusion is only noticed, if ever, through
#   its consequences. AWS runs the analysis, but only in accounts and regions
#   where the customer enables it.
# custom:
#   id: SRM-AWS-GUARDDUTY-001
#   severity: high
#   areas: [incident-response]
#   responsibility: shared
#   input: {format: terraform, types: [aws_guardduty_detector]}
#   remediation: >-
#     Enable the detector: `resource "aws_guardduty_detector" "this" { enable = true
#     finding_publishing_frequency = "FIFTEEN_MINUTES" }` (the default for `enable`
#     is true), in every region, and route its findings to an alerting channel.
#   fix: {safety: safe, change: "Sets `enable = true`; GuardDuty resumes analysing the account's logs and producing findings (billed by volume), nothing in the workloads changes."}
#   frameworks: {nist-800-53: [SI-4, CA-7, IR-4]}
#   peers: {checkov: [CKV_AWS_238], kics: [guardduty_detector_disabled]}
#   references:
#     - "https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector#enable"
package srm.aws.guardduty.detector_enabled

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GuardDuty detector %s is disabled: enable is %v; set enable = true", [r.address, r.values.enable]),
	"resource": r.address,
	"path": ["enable"],
	"fix": [{"set": ["enable"], "value": true}],
} if {
	some r in tf.resources("aws_guardduty_detector")
	tf.is_false(r.values.enable)
}
