# METADATA
# title: AWS Config aggregator does not cover all regions
# description: >-
#   A configuration aggregator gives the security and compliance team one view of
#   the configuration and rule compliance of many accounts. Limited to a list of
#   regions, it silently leaves out every other region, including regions enabled
#   later and regions nobody uses, which is where unapproved or malicious
#   resources go unnoticed. Covering all regions also keeps the evidence complete
#   for audits.
# custom:
#   id: SRM-AWS-CONFIG-003
#   severity: low
#   areas: [compliance, logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_config_configuration_aggregator]}
#   remediation: >-
#     Aggregate every region: `account_aggregation_source { account_ids = [...]
#     all_regions = true }` or `organization_aggregation_source { role_arn = ...
#     all_regions = true }` on `aws_config_configuration_aggregator`.
#   fix: {safety: safe, change: "Sets `all_regions = true` in the aggregation source and removes its `regions` list (the two exclude each other); the aggregator only reads, so it simply covers every region from then on."}
#   frameworks: {nist-800-53: [CA-7, CM-8]}
#   peers: {checkov: [CKV_AWS_121], kics: [config_configuration_aggregator_to_all_regions_disabled], trivy: [AVD-AWS-0019]}
#   references:
#     - "https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_aggregator"
package srm.aws.config.aggregator_all_regions

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("AWS Config aggregator %s only aggregates %s; set all_regions = true in its %s block", [r.address, scope(source), kind]),
	"resource": r.address,
	"path": [kind, i, attr],
	"fix": array.concat([{"set": [kind, i, "all_regions"], "value": true}], regions_fix(kind, i, source)),
} if {
	some r in tf.resources("aws_config_configuration_aggregator")
	some kind in ["account_aggregation_source", "organization_aggregation_source"]
	some i, source in tf.blocks(r.values, kind)
	not tf.is_true(object.get(source, "all_regions", false))
	not tf.is_unresolved(object.get(source, "all_regions", false))
	attr := location(source)
}

# all_regions and regions exclude each other: the fix drops the list.
regions_fix(kind, i, source) := [{"remove": [kind, i, "regions"]}] if {
	object.get(source, "regions", null) != null
} else := []

# The explicit all_regions, else the region list that limits the scope.
location(source) := "all_regions" if {
	"all_regions" in object.keys(source)
} else := "regions" if {
	"regions" in object.keys(source)
} else := "all_regions"

scope(source) := sprintf("the regions %v", [source.regions]) if {
	is_array(source.regions)
} else := "some regions (all_regions is not true)"
