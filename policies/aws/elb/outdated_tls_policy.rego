# METADATA
# title: Load balancer TLS listener accepts TLS 1.0 or 1.1
# description: >-
#   The ssl_policy of an HTTPS (ALB) or TLS (NLB) listener decides which protocol
#   versions and ciphers clients can negotiate. Policies such as
#   ELBSecurityPolicy-2016-08 (the default when none is given through the API or
#   Terraform) still accept TLS 1.0 and 1.1 with CBC ciphers, which are deprecated
#   and open to downgrade attacks. Elastic Load Balancing never changes the policy
#   of an existing listener; the customer must pick a current one.
# custom:
#   id: SRM-AWS-ELB-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lb_listener, aws_alb_listener]}
#   remediation: >-
#     Use a TLS 1.2+ policy, preferably with TLS 1.3:
#     `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or
#     `"ELBSecurityPolicy-TLS13-1-2-Res-2021-06"` for restricted ciphers).
#   fix: {safety: unsafe, change: "Sets `ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"` (TLS 1.2 and 1.3); clients that only speak TLS 1.0 or 1.1 can no longer connect to the listener."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1), SC-13]}
#   references:
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html"
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy"
#   peers: {trivy: [AVD-AWS-0047]}
package srm.aws.elb.outdated_tls_policy

import data.srm.lib.terraform as tf

listener_types := ["aws_lb_listener", "aws_alb_listener"]

# The policy the fix writes: TLS 1.2 and 1.3, the predefined policy AWS recommends.
modern_policy := "ELBSecurityPolicy-TLS13-1-2-2021-06"

# Predefined policies whose minimum protocol is TLS 1.0 or 1.1.
legacy_policies := {"ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-FS-2018-06"}

deny contains {
	"msg": sprintf("Load balancer listener %s (%s) uses ssl_policy %q, which accepts TLS 1.0/1.1", [r.address, upper(r.values.protocol), r.values.ssl_policy]),
	"resource": r.address,
	"path": ["ssl_policy"],
	"fix": [{"set": ["ssl_policy"], "value": modern_policy}],
} if {
	some type in listener_types
	some r in tf.resources(type)
	tls_listener(r.values)
	policy := r.values.ssl_policy
	is_string(policy)
	not tf.is_unresolved(policy)
	outdated(policy)
}

deny contains {
	"msg": sprintf("Load balancer listener %s (%s) sets no ssl_policy, so ELBSecurityPolicy-2016-08 applies (TLS 1.0/1.1 accepted)", [r.address, upper(r.values.protocol)]),
	"resource": r.address,
	"path": ["ssl_policy"],
	"fix": [{"set": ["ssl_policy"], "value": modern_policy}],
} if {
	some type in listener_types
	some r in tf.resources(type)
	tls_listener(r.values)
	not "ssl_policy" in object.keys(r.values)
}

tls_listener(values) if {
	is_string(values.protocol)
	upper(values.protocol) in {"HTTPS", "TLS"}
}

outdated(policy) if policy in legacy_policies

# ELBSecurityPolicy-TLS-1-0-..., -TLS-1-1-..., -TLS13-1-0-..., -TLS13-1-1-..., -FS-1-1-...
outdated(policy) if regex.match(`^ELBSecurityPolicy-(TLS-1-[01]|TLS13-1-[01]|FS-1-1)-`, policy)
