package srm.aws.waf.web_acl_without_rules_test

import data.srm.aws.waf.web_acl_without_rules as policy

acl(values) := {
	"address": "aws_wafv2_web_acl.edge", "type": "aws_wafv2_web_acl", "name": "edge",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "edge", "scope": "REGIONAL", "default_action": [{"allow": [{}]}], "visibility_config": [{"cloudwatch_metrics_enabled": true, "metric_name": "edge", "sampled_requests_enabled": true}]}, values),
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

rule := {"name": "aws-common", "priority": 1, "override_action": [{"none": [{}]}], "statement": [{"managed_rule_group_statement": [{"vendor_name": "AWS", "name": "AWSManagedRulesCommonRuleSet"}]}]}

test_empty_allow_acl_reported if {
	findings := policy.deny with input as doc({"aws_wafv2_web_acl": [acl({})]})
	count(findings) == 1
	some f in findings
	f.path == ["rule"]
}

test_rules_or_block_default_pass if {
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({"rule": [rule]})]})
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({"rule_json": "[{\"Name\":\"r\"}]"})]})
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({"default_action": [{"block": [{}]}]})]})
}

test_rule_group_association_counts if {
	association := {
		"address": "aws_wafv2_web_acl_rule_group_association.common", "type": "aws_wafv2_web_acl_rule_group_association", "name": "common",
		"mode": "managed", "file": "main.tf", "references": {"web_acl_arn": ["aws_wafv2_web_acl.edge"]},
		"values": {"rule_name": "common", "priority": 1, "web_acl_arn": "${aws_wafv2_web_acl.edge.arn}"},
	}
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({})], "aws_wafv2_web_acl_rule_group_association": [association]})
	policy.applies == {"aws_wafv2_web_acl.edge"} with input as doc({"aws_wafv2_web_acl": [acl({})], "aws_wafv2_web_acl_rule_group_association": [association]})
}

test_dynamic_rules_not_reported if {
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({"rule": [{"name": "${rule.value.name}", "priority": "${rule.value.priority}"}]})]})
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({"rule_json": "${var.rules}"})]})
}

test_unknown_association_target_not_judged if {
	association := {
		"address": "aws_wafv2_web_acl_rule_group_association.common", "type": "aws_wafv2_web_acl_rule_group_association", "name": "common",
		"mode": "managed", "file": "main.tf", "references": {"web_acl_arn": ["var.web_acl_arn"]},
		"values": {"rule_name": "common", "priority": 1, "web_acl_arn": "${var.web_acl_arn}"},
	}
	count(policy.deny) == 0 with input as doc({"aws_wafv2_web_acl": [acl({})], "aws_wafv2_web_acl_rule_group_association": [association]})
}
