# METADATA
# title: Public hosted zone does not log DNS queries
# description: >-
#   Route 53 query logs record which names in a public zone are resolved, by
#   which resolvers and with which answers: the evidence for subdomain takeover
#   probing, DNS-based data exfiltration through a delegated name, enumeration of
#   hosts, and the start of a phishing or DDoS campaign against the domain. Route
#   53 keeps no record of queries unless an `aws_route53_query_log` sends them to
#   CloudWatch Logs (in us-east-1). Private zones log through Resolver query
#   logging instead and are not judged.
# custom:
#   id: SRM-AWS-ROUTE53-001
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_route53_zone, aws_route53_query_log]}
#   remediation: >-
#     Log the zone's queries: `resource "aws_route53_query_log" "example" {
#     zone_id = aws_route53_zone.example.zone_id cloudwatch_log_group_arn =
#     aws_cloudwatch_log_group.route53.arn }`, with the log group in us-east-1 and a
#     resource policy that lets route53.amazonaws.com write to it.
#   frameworks: {nist-800-53: [AU-2, AU-12, SI-4]}
#   peers: {checkov: [CKV2_AWS_39], kics: [cloudwatch_logging_disabled]}
#   references:
#     - "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_query_log"
package srm.aws.route53.query_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Public hosted zone %s (%v) does not log DNS queries: no aws_route53_query_log in this module refers to it; add one that sends them to CloudWatch Logs", [r.address, object.get(r.values, "name", "?")]),
	"resource": r.address,
	"path": [],
} if {
	some r in public_zones
	not logged(r)
	not unjudged_query_log
}

# Private zones (with a vpc block) log through Route 53 Resolver instead.
applies contains r.address if some r in public_zones

# A query log whose zone_id is an expression that names no zone of this module
# (a variable, a module output) may be this zone's: not judged.
unknown contains {"resource": r.address, "path": []} if {
	some r in public_zones
	not logged(r)
	unjudged_query_log
}

public_zones contains r if {
	some r in tf.resources("aws_route53_zone")
	count(tf.blocks(r.values, "vpc")) == 0
}

logged(zone) if tf.has_referrer("aws_route53_query_log", "zone_id", zone.address)

unjudged_query_log if {
	some q in tf.resources("aws_route53_query_log")
	tf.is_unresolved(q.values.zone_id)
	not refers_to_a_zone(q)
}

refers_to_a_zone(query_log) if {
	some address in tf.references(query_log, "zone_id")
	startswith(address, "aws_route53_zone.")
}
