# METADATA
# title: Load balancer listener serves plain HTTP without redirecting to HTTPS
# description: >-
#   An HTTP listener that forwards requests (or answers them) instead of
#   redirecting to HTTPS carries credentials, session cookies and application data
#   in clear between clients and the load balancer, where anyone on the path can
#   read or change them. Elastic Load Balancing terminates whatever protocol the
#   listener is given; the customer decides whether HTTP is only a redirect.
# custom:
#   id: SRM-AWS-ELB-001
#   severity: high
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lb_listener, aws_alb_listener, aws_lb, aws_alb, aws_elb]}
#   remediation: >-
#     Serve the application on an HTTPS listener and make port 80 a redirect:
#     `default_action { type = "redirect" redirect { protocol = "HTTPS" port = "443"
#     status_code = "HTTP_301" } }`; replace a classic ELB HTTP listener with an
#     Application Load Balancer or `lb_protocol = "https"`.
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#protocol"
#   peers: {checkov: [CKV_AWS_2], kics: [alb_listening_on_http], trivy: [AVD-AWS-0054]}
package srm.aws.elb.http_listener

import data.srm.lib.terraform as tf

listener_types := ["aws_lb_listener", "aws_alb_listener"]

# protocol = "HTTP" written on the listener.
deny contains {
	"msg": sprintf("Load balancer listener %s serves HTTP on port %v without redirecting to HTTPS", [r.address, object.get(r.values, "port", "?")]),
	"resource": r.address,
	"path": ["protocol"],
} if {
	some type in listener_types
	some r in tf.resources(type)
	protocol := r.values.protocol
	is_string(protocol)
	upper(protocol) == "HTTP"
	not redirects_to_https(r.values)
}

# protocol omitted on a listener of an Application Load Balancer: HTTP by default.
deny contains {
	"msg": sprintf("Load balancer listener %s serves HTTP (protocol is not set, the default for an Application Load Balancer) without redirecting to HTTPS", [r.address]),
	"resource": r.address,
	"path": ["protocol"],
} if {
	some type in listener_types
	some r in tf.resources(type)
	not "protocol" in object.keys(r.values)
	application_load_balancer(r)
	not redirects_to_https(r.values)
}

# Classic Load Balancer: an http front-end listener cannot redirect.
deny contains {
	"msg": sprintf("Classic load balancer %s serves HTTP on port %v (listener lb_protocol = %q)", [r.address, object.get(listener, "lb_port", "?"), listener.lb_protocol]),
	"resource": r.address,
	"path": ["listener", i, "lb_protocol"],
} if {
	some r in tf.resources("aws_elb")
	some i, listener in tf.blocks(r.values, "listener")
	is_string(listener.lb_protocol)
	lower(listener.lb_protocol) == "http"
}

# The default action redirects to HTTPS (or its protocol is an expression).
redirects_to_https(values) if {
	some action in tf.blocks(values, "default_action")
	action.type == "redirect"
	some redirect in tf.blocks(action, "redirect")
	https_or_unknown(object.get(redirect, "protocol", "#{protocol}"))
}

# The default action itself is an expression: not judged.
redirects_to_https(values) if tf.is_unresolved(object.get(values, "default_action", []))

https_or_unknown(protocol) if upper(protocol) == "HTTPS"

https_or_unknown(protocol) if tf.is_unresolved(protocol)

# The listener's load_balancer_arn refers to an aws_lb/aws_alb of this module
# that is an Application Load Balancer (load_balancer_type omitted or "application"):
# looked up in the set of such load balancers' reference keys, computed once per
# document, not by scanning every load balancer for every listener.
application_load_balancer(listener) if {
	some address in tf.references(listener, "load_balancer_arn")
	application_load_balancer_keys[address]
}

# application_load_balancer_keys: the addresses by which a reference designates
# an Application Load Balancer of this module (tf.reference_keys).
application_load_balancer_keys contains key if {
	some type in ["aws_lb", "aws_alb"]
	some lb in tf.resources(type)
	object.get(lb.values, "load_balancer_type", "application") == "application"
	some key in tf.reference_keys(lb.address)
}
