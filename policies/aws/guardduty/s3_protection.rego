# METADATA
# title: GuardDuty S3 Protection is turned off
# description: >-
#   S3 Protection analyses CloudTrail data events for S3 objects to spot data
#   exfiltration, access from known malicious IP addresses and Tor, anomalous
#   listing and deletion, and buckets made public by a compromised identity. It is
#   GuardDuty's only view of object-level activity, and the attacks it reveals
#   usually target the most valuable data. GuardDuty turns it on with the detector;
#   it is off only when the customer disables it.
#   An organization setting with `auto_enable = "NONE"` gets no automatic fix:
#   "ALL" or "NEW" decides which member accounts pay for the feature.
# custom:
#   id: SRM-AWS-GUARDDUTY-002
#   severity: medium
#   areas: [incident-response, logging-monitoring]
#   responsibility: shared
#   input:
#     format: terraform
#     types: [aws_guardduty_detector, aws_guardduty_detector_feature, aws_guardduty_organization_configuration_feature]
#   remediation: >-
#     Keep it on: `resource "aws_guardduty_detector_feature" "s3" { detector_id =
#     aws_guardduty_detector.this.id name = "S3_DATA_EVENTS" status = "ENABLED" }`
#     (replacing the deprecated `datasources { s3_logs { enable = false } }`), and
#     `auto_enable = "ALL"` on the organization feature.
#   fix: {safety: safe, change: "Sets `status = \"ENABLED\"` on the detector feature, or `enable = true` in the deprecated `datasources` block; GuardDuty starts analysing this data source, billed by volume, and no workload changes."}
#   frameworks: {nist-800-53: [SI-4, AU-6, IR-4]}
#   references:
#     - "https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector_feature"
package srm.aws.guardduty.s3_protection

import data.srm.lib.terraform as tf

feature := "S3_DATA_EVENTS"

deny contains {
	"msg": sprintf("%s turns GuardDuty S3 Protection off: status of %s is %q; set it to \"ENABLED\"", [r.address, feature, r.values.status]),
	"resource": r.address,
	"path": ["status"],
	"fix": [{"set": ["status"], "value": "ENABLED"}],
} if {
	some r in features
	is_string(r.values.status)
	upper(r.values.status) == "DISABLED"
}

deny contains {
	"msg": sprintf("GuardDuty detector %s turns S3 Protection off: datasources.s3_logs.enable is %v; remove the deprecated datasources block and manage the feature with aws_guardduty_detector_feature (status = \"ENABLED\")", [r.address, b0.enable]),
	"resource": r.address,
	"path": ["datasources", i, "s3_logs", i0, "enable"],
	"fix": [{"set": ["datasources", i, "s3_logs", i0, "enable"], "value": true}],
} if {
	some r in tf.resources("aws_guardduty_detector")
	some i, ds in tf.blocks(r.values, "datasources")
	some i0, b0 in tf.blocks(ds, "s3_logs")
	tf.is_false(b0.enable)
}

deny contains {
	"msg": sprintf("%s does not turn GuardDuty S3 Protection on in member accounts: auto_enable for %s is %q; set it to \"ALL\" (or \"NEW\")", [r.address, feature, r.values.auto_enable]),
	"resource": r.address,
	"path": ["auto_enable"],
} if {
	some r in organization_features
	is_string(r.values.auto_enable)
	upper(r.values.auto_enable) == "NONE"
}

unknown contains {"resource": r.address, "path": ["status"]} if {
	some r in features
	tf.is_unresolved(r.values.status)
}

unknown contains {"resource": r.address, "path": ["auto_enable"]} if {
	some r in organization_features
	tf.is_unresolved(r.values.auto_enable)
}

features contains r if {
	some r in tf.resources("aws_guardduty_detector_feature")
	r.values.name == feature
}

organization_features contains r if {
	some r in tf.resources("aws_guardduty_organization_configuration_feature")
	r.values.name == feature
}
