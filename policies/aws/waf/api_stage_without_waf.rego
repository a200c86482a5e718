# METADATA
# title: Public API Gateway REST API stage is not protected by AWS WAF
# description: >-
#   A REST API stage with an edge-optimized or regional endpoint is reachable
#   from the whole internet; without a web ACL every request reaches the
#   integrations: injection payloads, exploits, bad bots, credential stuffing and
#   request floods that stay under the account throttling limits. AWS WAF
#   inspects a stage's traffic only once the customer associates a web ACL with
#   it. Stages of private APIs are not judged.
# custom:
#   id: SRM-AWS-WAF-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types: [aws_api_gateway_stage, aws_api_gateway_rest_api, aws_wafv2_web_acl_association, aws_wafregional_web_acl_association]
#   remediation: >-
#     Associate a regional WAFv2 web ACL with the stage:
#     `resource "aws_wafv2_web_acl_association" "api" { resource_arn =
#     aws_api_gateway_stage.prod.arn web_acl_arn = aws_wafv2_web_acl.regional.arn }`.
#   frameworks: {nist-800-53: [SC-5, SC-7, SI-4]}
#   references:
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/wafv2_web_acl_association"
#   peers: {checkov: [CKV2_AWS_29], kics: [api_gateway_without_waf]}
package srm.aws.waf.api_stage_without_waf

import data.srm.lib.terraform as tf

association_types := ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"]

deny contains {
	"msg": sprintf("API Gateway stage %s is reachable from the internet without an AWS WAF web ACL: no aws_wafv2_web_acl_association refers to it", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in public_stages
	not protected(r)
	not unknown_association_target
}

applies contains r.address if some r in public_stages

unknown contains {"resource": r.address, "path": []} if {
	some r in public_stages
	not protected(r)
	unknown_association_target
}

# Stages of a REST API that is not private. A stage whose API is not in this
# module is judged too (edge-optimized is the default endpoint type).
public_stages contains r if {
	some r in tf.resources("aws_api_gateway_stage")
	not private_api(r)
}

private_api(stage) if {
	some api in tf.attached_to(stage, "rest_api_id", "aws_api_gateway_rest_api")
	some config in tf.blocks(api.values, "endpoint_configuration")
	some type in tf.as_array(object.get(config, "types", []))
	type == "PRIVATE"
}

# An endpoint type given by an expression may be PRIVATE: not judged.
private_api(stage) if unresolved_endpoint_type(stage)

unknown contains {"resource": r.address, "path": []} if {
	some r in tf.resources("aws_api_gateway_stage")
	unresolved_endpoint_type(r)
}

unresolved_endpoint_type(stage) if {
	some api in tf.attached_to(stage, "rest_api_id", "aws_api_gateway_rest_api")
	some config in tf.blocks(api.values, "endpoint_configuration")
	tf.is_unresolved(object.get(config, "types", []))
}

protected(r) if {
	some type in association_types
	tf.has_referrer(type, "resource_arn", r.address)
}

# An association whose resource_arn is an expression that names no resource of this
# module (var.stage_arn, a module output) may protect any stage.
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
