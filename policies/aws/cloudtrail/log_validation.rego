# METADATA
# title: CloudTrail log file validation is disabled
# description: >-
#   Without log file validation CloudTrail writes no signed digest files, so
#   nobody can prove that a log file was not modified or deleted after delivery.
#   An intruder with write access to the log bucket can then erase or rewrite the
#   evidence of what they did, and the remaining logs carry little weight in an
#   investigation. AWS signs the digests only when the customer enables it.
# custom:
#   id: SRM-AWS-CLOUDTRAIL-002
#   severity: medium
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudtrail]}
#   remediation: >-
#     Turn on integrity validation: `enable_log_file_validation = true` on
#     `aws_cloudtrail`, and check logs with `aws cloudtrail validate-logs`.
#   fix: {safety: safe, change: "Sets `enable_log_file_validation = true`; CloudTrail starts writing signed digest files next to the logs, nothing that reads the logs changes."}
#   frameworks: {cis-aws-3.0: ["3.2"], nist-800-53: [AU-9, AU-9(3), SI-7]}
#   peers: {checkov: [CKV_AWS_36], kics: [cloudtrail_log_file_validation_disabled], trivy: [AVD-AWS-0016]}
#   references:
#     - "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation"
package srm.aws.cloudtrail.log_validation

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudTrail trail %s does not validate its log files: enable_log_file_validation is %v; set it to true", [r.address, r.values.enable_log_file_validation]),
	"resource": r.address,
	"path": ["enable_log_file_validation"],
	"fix": [{"set": ["enable_log_file_validation"], "value": true}],
} if {
	some r in tf.resources("aws_cloudtrail")
	tf.is_false(r.values.enable_log_file_validation)
}

deny contains {
	"msg": sprintf("CloudTrail trail %s does not validate its log files: enable_log_file_validation is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["enable_log_file_validation"],
	"fix": [{"set": ["enable_log_file_validation"], "value": true}],
} if {
	some r in tf.resources("aws_cloudtrail")
	not "enable_log_file_validation" in object.keys(r.values)
}
