# METADATA
# title: Load balancer can be deleted without first disabling deletion protection
# description: >-
#   Without deletion protection a single DeleteLoadBalancer call (a mistaken
#   terraform destroy, a faulty pipeline or an attacker with ELB permissions)
#   removes the load balancer and its DNS name, taking every application behind it
#   offline; listeners, rules and certificates must then be rebuilt during the
#   outage. Deletion protection is off unless the customer enables it.
# custom:
#   id: SRM-AWS-ELB-005
#   severity: low
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lb, aws_alb]}
#   remediation: >-
#     Turn deletion protection on: `enable_deletion_protection = true` on the
#     `aws_lb`.
#   fix: {safety: safe, change: "Sets `enable_deletion_protection = true`; traffic is unaffected, and deleting the load balancer (also with `terraform destroy`) first needs a change that turns the protection off."}
#   frameworks: {nist-800-53: [CP-10, CM-3]}
#   references:
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection"
#   peers: {checkov: [CKV_AWS_150], kics: [alb_deletion_protection_disabled]}
package srm.aws.elb.deletion_protection

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Load balancer %s has deletion protection turned off (enable_deletion_protection = %v)", [r.address, r.values.enable_deletion_protection]),
	"resource": r.address,
	"path": ["enable_deletion_protection"],
	"fix": [{"set": ["enable_deletion_protection"], "value": true}],
} if {
	some type in ["aws_lb", "aws_alb"]
	some r in tf.resources(type)
	tf.is_false(r.values.enable_deletion_protection)
}

deny contains {
	"msg": sprintf("Load balancer %s has no deletion protection: enable_deletion_protection is not set (default false)", [r.address]),
	"resource": r.address,
	"path": ["enable_deletion_protection"],
	"fix": [{"set": ["enable_deletion_protection"], "value": true}],
} if {
	some type in ["aws_lb", "aws_alb"]
	some r in tf.resources(type)
	not "enable_deletion_protection" in object.keys(r.values)
}
