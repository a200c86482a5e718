# METADATA
# title: CloudTrail trail is not multi-region
# description: >-
#   A single-region trail records API activity in one region only: an attacker
#   who launches instances, creates keys or disables controls in any other region
#   leaves no trace in it, and regions nobody uses are exactly where such activity
#   goes unnoticed. Global service events are also only guaranteed in a
#   multi-region trail. AWS keeps 90 days of management events in Event History,
#   but a durable, account-wide audit trail must be configured by the customer.
# custom:
#   id: SRM-AWS-CLOUDTRAIL-001
#   severity: high
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudtrail]}
#   remediation: >-
#     Record every region in the trail: `is_multi_region_trail = true` with
#     `include_global_service_events = true` on `aws_cloudtrail`.
#   fix: {safety: safe, change: "Sets `is_multi_region_trail = true` (and `include_global_service_events = true` where it is false); the trail records every region from then on, which adds only delivery volume."}
#   frameworks: {cis-aws-3.0: ["3.1"], nist-800-53: [AU-2, AU-3, AU-12]}
#   peers: {checkov: [CKV_AWS_67], kics: [cloudtrail_multi_region_disabled], trivy: [AVD-AWS-0014]}
#   references:
#     - "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-regional-and-multi-region-trails"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail"
package srm.aws.cloudtrail.multi_region

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("CloudTrail trail %s only records its own region: is_multi_region_trail is %v; set it to true", [r.address, r.values.is_multi_region_trail]),
	"resource": r.address,
	"path": ["is_multi_region_trail"],
	"fix": multi_region_fix(r.values),
} if {
	some r in tf.resources("aws_cloudtrail")
	tf.is_false(r.values.is_multi_region_trail)
}

deny contains {
	"msg": sprintf("CloudTrail trail %s only records its own region: is_multi_region_trail is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["is_multi_region_trail"],
	"fix": multi_region_fix(r.values),
} if {
	some r in tf.resources("aws_cloudtrail")
	not "is_multi_region_trail" in object.keys(r.values)
}

# A multi-region trail without global service events (IAM, STS, CloudFront) misses
# account-wide activity; CIS 3.1 expects them on the multi-region trail (the
# attribute defaults to true, so only an explicit false is reported).
deny contains {
	"msg": sprintf("CloudTrail trail %s is multi-region but does not record global service events (IAM, STS, CloudFront): include_global_service_events is %v; set it to true", [r.address, r.values.include_global_service_events]),
	"resource": r.address,
	"path": ["include_global_service_events"],
	"fix": [{"set": ["include_global_service_events"], "value": true}],
} if {
	some r in tf.resources("aws_cloudtrail")
	tf.is_true(r.values.is_multi_region_trail)
	tf.is_false(r.values.include_global_service_events)
}

# The fix of a single-region trail: make it multi-region and, since a
# multi-region trail must then record global service events (the rule above),
# turn an explicit include_global_service_events = false on as well.
multi_region_fix(values) := array.concat([{"set": ["is_multi_region_trail"], "value": true}], global_events_fix(values))

global_events_fix(values) := [{"set": ["include_global_service_events"], "value": true}] if {
	tf.is_false(object.get(values, "include_global_service_events", null))
} else := []
