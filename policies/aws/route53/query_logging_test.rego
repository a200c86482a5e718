package srm.aws.route53.query_logging_test

import data.srm.aws.route53.query_logging as policy

zone(address, values) := {"address": address, "type": "aws_route53_zone", "name": "z", "mode": "managed", "file": "main.tf", "values": values, "references": {}}

query_log(zone_id, refs) := {
	"address": "aws_route53_query_log.q", "type": "aws_route53_query_log", "name": "q", "mode": "managed", "file": "main.tf",
	"values": {"zone_id": zone_id, "cloudwatch_log_group_arn": "${aws_cloudwatch_log_group.dns.arn}"},
	"references": {"zone_id": refs, "cloudwatch_log_group_arn": ["aws_cloudwatch_log_group.dns"]},
}

doc(zones, logs) := {"format": "terraform", "module": ".", "resources": {"aws_route53_zone": zones, "aws_route53_query_log": logs}}

public := zone("aws_route53_zone.public", {"name": "example.com"})

private := zone("aws_route53_zone.private", {"name": "corp.internal", "vpc": [{"vpc_id": "vpc-1"}]})

test_public_zone_without_query_log_is_reported if {
	findings := policy.deny with input as doc([public, private], [])
	{[f.resource, f.path] | some f in findings} == {["aws_route53_zone.public", []]}
}

test_query_log_for_another_zone_does_not_count if {
	other := zone("aws_route53_zone.other", {"name": "example.org"})
	findings := policy.deny with input as doc([public, other], [query_log("${aws_route53_zone.other.zone_id}", ["aws_route53_zone.other"])])
	{f.resource | some f in findings} == {"aws_route53_zone.public"}
}

test_logged_zone_passes if {
	count(policy.deny) == 0 with input as doc([public], [query_log("${aws_route53_zone.public.zone_id}", ["aws_route53_zone.public"])])
}

test_applies_to_public_zones_only if {
	policy.applies == {"aws_route53_zone.public"} with input as doc([public, private], [])
}

test_query_log_of_unknown_zone_is_unknown_not_reported if {
	d := doc([public], [query_log("${var.zone_id}", ["var.zone_id"])])
	count(policy.deny) == 0 with input as d
	{u.resource | some u in policy.unknown} == {"aws_route53_zone.public"} with input as d
}
