package srm.aws.config.aggregator_all_regions_test

import data.srm.aws.config.aggregator_all_regions as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_config_configuration_aggregator": [{
	"address": "aws_config_configuration_aggregator.org", "type": "aws_config_configuration_aggregator", "name": "org",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "org"}, values), "references": {},
}]}}

test_region_list_is_reported if {
	findings := policy.deny with input as doc({"account_aggregation_source": [{"account_ids": ["111122223333"], "regions": ["eu-west-1"]}]})
	{f.path | some f in findings} == {["account_aggregation_source", 0, "regions"]}
	count(policy.deny) == 1 with input as doc({"organization_aggregation_source": [{"role_arn": "${aws_iam_role.config.arn}", "all_regions": false, "regions": ["us-east-1"]}]})
}

test_all_regions_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"account_aggregation_source": [{"account_ids": ["111122223333"], "all_regions": true}]})
	count(policy.deny) == 0 with input as doc({"organization_aggregation_source": [{"role_arn": "${aws_iam_role.config.arn}", "all_regions": "${var.all_regions}"}]})
}

test_fix_aggregates_every_region if {
	listed := policy.deny with input as doc({"account_aggregation_source": [{"account_ids": ["111122223333"], "regions": ["eu-west-1"]}]})
	{f.fix | some f in listed} == {[
		{"set": ["account_aggregation_source", 0, "all_regions"], "value": true},
		{"remove": ["account_aggregation_source", 0, "regions"]},
	]}
	both := policy.deny with input as doc({"organization_aggregation_source": [{"role_arn": "${aws_iam_role.config.arn}", "all_regions": false, "regions": ["us-east-1"]}]})
	{f.fix | some f in both} == {[
		{"set": ["organization_aggregation_source", 0, "all_regions"], "value": true},
		{"remove": ["organization_aggregation_source", 0, "regions"]},
	]}
	neither := policy.deny with input as doc({"organization_aggregation_source": [{"role_arn": "${aws_iam_role.config.arn}"}]})
	{f.fix | some f in neither} == {[{"set": ["organization_aggregation_source", 0, "all_regions"], "value": true}]}
}
