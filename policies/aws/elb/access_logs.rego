# METADATA
# title: Load balancer does not write access logs
# description: >-
#   Load balancer access logs record each request or TLS connection: client IP,
#   target, latencies, status codes, TLS protocol and cipher. They are often the
#   only source that shows an attack reaching the application (scans, exploit
#   attempts, abuse of one endpoint) and who made the requests behind an
#   incident. Elastic Load Balancing writes no access logs until the customer
#   enables them and names an S3 bucket.
# custom:
#   id: SRM-AWS-ELB-004
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_lb, aws_alb, aws_elb]}
#   remediation: >-
#     Enable access logs to a bucket whose policy lets ELB write:
#     `access_logs { bucket = aws_s3_bucket.lb_logs.id prefix = "web" enabled = true }`
#     (on a classic `aws_elb`, `access_logs { bucket = ... interval = 60 }`).
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html"
#     - "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#access_logs"
#   peers: {checkov: [CKV_AWS_91, CKV_AWS_92]}
package srm.aws.elb.access_logs

import data.srm.lib.terraform as tf

# aws_lb / aws_alb (application and network): no access_logs block.
deny contains {
	"msg": sprintf("Load balancer %s writes no access logs: access_logs is not set", [r.address]),
	"resource": r.address,
	"path": ["access_logs"],
} if {
	some r in logging_load_balancers
	count(tf.blocks(r.values, "access_logs")) == 0
}

# aws_lb / aws_alb: enabled defaults to false, even with a bucket.
deny contains {
	"msg": sprintf("Load balancer %s writes no access logs: access_logs.enabled is %s", [r.address, describe(logs)]),
	"resource": r.address,
	"path": ["access_logs", i, "enabled"],
} if {
	some r in logging_load_balancers
	some i, logs in tf.blocks(r.values, "access_logs")
	not enabled_or_unknown(object.get(logs, "enabled", false))
}

# Classic load balancer: no access_logs block, or enabled = false (default true).
deny contains {
	"msg": sprintf("Classic load balancer %s writes no access logs: access_logs is not set", [r.address]),
	"resource": r.address,
	"path": ["access_logs"],
} if {
	some r in tf.resources("aws_elb")
	count(tf.blocks(r.values, "access_logs")) == 0
}

deny contains {
	"msg": sprintf("Classic load balancer %s writes no access logs: access_logs.enabled is false", [r.address]),
	"resource": r.address,
	"path": ["access_logs", i, "enabled"],
} if {
	some r in tf.resources("aws_elb")
	some i, logs in tf.blocks(r.values, "access_logs")
	tf.is_false(object.get(logs, "enabled", true))
}

# Gateway Load Balancers have no access logs.
logging_load_balancers contains r if {
	some type in ["aws_lb", "aws_alb"]
	some r in tf.resources(type)
	lb_type := object.get(r.values, "load_balancer_type", "application")
	lb_type in {"application", "network"}
}

enabled_or_unknown(value) if tf.is_true(value)

enabled_or_unknown(value) if tf.is_unresolved(value)

describe(logs) := sprintf("%v", [logs.enabled]) if "enabled" in object.keys(logs)

describe(logs) := "not set (default false, even when a bucket is given)" if not "enabled" in object.keys(logs)
