# METADATA
# title: Internet-facing Application Load Balancer is not protected by AWS WAF
# description: >-
#   An internet-facing ALB without a web ACL forwards every request to its
#   targets: SQL injection and XSS payloads, exploits of known framework
#   vulnerabilities, bad bots, credential stuffing and layer-7 floods reach the
#   application unfiltered, and no rate limit or IP reputation list applies. AWS
#   WAF inspects an ALB's traffic only once the customer associates a web ACL
#   with it. Internal load balancers are not judged.
# custom:
#   id: SRM-AWS-WAF-002
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_lb, aws_alb, aws_wafv2_web_acl_association, aws_wafregional_web_acl_association]
#   remediation: >-
#     Associate a regional WAFv2 web ACL, e.g. with the AWS managed core rule set:
#     `resource "aws_wafv2_web_acl_association" "web" { resource_arn =
#     aws_lb.web.arn web_acl_arn = aws_wafv2_web_acl.regional.arn }`.
#   frameworks: {nist-800-53: [SC-5, SC-7, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html"
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-waf"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_association"
#   peers: {checkov: [CKV2_AWS_28], kics: [alb_is_not_integrated_with_waf]}
package srm.aws.waf.alb_without_waf

import data.srm.lib.terraform as tf

association_types := ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"]

deny contains {
	"msg": sprintf("Internet-facing Application Load Balancer %s has no AWS WAF web ACL: no aws_wafv2_web_acl_association refers to it", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in internet_facing
	not protected(r)
	not unknown_association_target
}

applies contains r.address if some r in internet_facing

unknown contains {"resource": r.address, "path": []} if {
	some r in internet_facing
	not protected(r)
	unknown_association_target
}

unknown contains {"resource": r.address, "path": ["internal"]} if {
	some r in application_load_balancers
	tf.is_unresolved(r.values.internal)
}

application_load_balancers contains r if {
	some type in ["aws_lb", "aws_alb"]
	some r in tf.resources(type)
	object.get(r.values, "load_balancer_type", "application") == "application"
}

# `internal` defaults to false: the load balancer gets public addresses.
internet_facing contains r if {
	some r in application_load_balancers
	internal := object.get(r.values, "internal", false)
	not tf.is_true(internal)
	not tf.is_unresolved(internal)
}

protected(r) if {
	some type in association_types
	tf.has_referrer(type, "resource_arn", r.address)
}

# An association whose resource_arn is an expression that names no resource of this
# module (var.alb_arn, a module output) may protect any load balancer.
unknown_association_target if {
	some type in association_types
	some a in tf.resources(type)
	tf.is_unresolved(a.values.resource_arn)
	not names_a_resource(a)
}

names_a_resource(a) if {
	some address in tf.references(a, "resource_arn")
	not regex.match(`^(var|local|module|data|each|count)\.`, address)
}
