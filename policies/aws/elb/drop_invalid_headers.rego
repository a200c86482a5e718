# METADATA
# title: Application Load Balancer forwards HTTP headers with invalid names
# description: >-
#   By default an Application Load Balancer passes headers whose names are not
#   valid HTTP (for example with underscores or control characters) on to its
#   targets. Back ends and proxies that parse such headers differently from the
#   load balancer can be tricked into request smuggling or header injection,
#   bypassing controls applied at the edge. Dropping invalid headers is a load
#   balancer attribute the customer must enable.
# custom:
#   id: SRM-AWS-ELB-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lb, aws_alb]}
#   remediation: >-
#     Drop invalid header fields at the load balancer:
#     `drop_invalid_header_fields = true` on the `aws_lb` (application type).
#   fix: {safety: unsafe, change: "Sets `drop_invalid_header_fields = true`; the load balancer removes headers whose names are not letters, digits and hyphens, so applications that rely on such headers (for example names with underscores) stop receiving them."}
#   frameworks: {nist-800-53: [SC-7, SI-10]}
#   references:
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields"
#   peers: {checkov: [CKV_AWS_131], kics: [alb_not_dropping_invalid_headers], trivy: [AVD-AWS-0052]}
package srm.aws.elb.drop_invalid_headers

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Application Load Balancer %s forwards headers with invalid names (drop_invalid_header_fields = %v)", [r.address, r.values.drop_invalid_header_fields]),
	"resource": r.address,
	"path": ["drop_invalid_header_fields"],
	"fix": [{"set": ["drop_invalid_header_fields"], "value": true}],
} if {
	some r in application_load_balancers
	tf.is_false(r.values.drop_invalid_header_fields)
}

deny contains {
	"msg": sprintf("Application Load Balancer %s forwards headers with invalid names: drop_invalid_header_fields is not set (default false)", [r.address]),
	"resource": r.address,
	"path": ["drop_invalid_header_fields"],
	"fix": [{"set": ["drop_invalid_header_fields"], "value": true}],
} if {
	some r in application_load_balancers
	not "drop_invalid_header_fields" in object.keys(r.values)
}

application_load_balancers contains r if {
	some type in ["aws_lb", "aws_alb"]
	some r in tf.resources(type)
	object.get(r.values, "load_balancer_type", "application") == "application"
}
