# METADATA
# title: Launch configuration allows IMDSv1
# description: >-
#   Every instance an Auto Scaling group starts from this launch configuration
#   answers plain HTTP GETs to its metadata service, so a server-side request
#   forgery, an open proxy or a misconfigured WAF is enough to read the instance
#   role's credentials. IMDSv2 requires a session token obtained with a PUT and a
#   hop limit, which defeats these attacks. Without `http_tokens = "required"` the
#   instances fall back to the AMI's or the account's default, which still allows
#   IMDSv1 in most accounts. (Launch templates and instances are covered by
#   SRM-AWS-EC2-001.)
# custom:
#   id: SRM-AWS-EC2-004
#   severity: high
#   areas: [guest-os, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_launch_configuration]}
#   remediation: >-
#     Require session tokens: `metadata_options { http_endpoint = "enabled"
#     http_tokens = "required" http_put_response_hop_limit = 1 }` on
#     `aws_launch_configuration`; better, replace launch configurations (deprecated
#     by AWS) with an `aws_launch_template` that sets the same options.
#   fix: {safety: unsafe, change: "Sets `http_tokens = \"required\"` in `metadata_options` (adding the block when it is missing); a launch configuration cannot change in place, so Terraform replaces it, and software on new instances that still uses IMDSv1 gets 401 errors."}
#   frameworks: {cis-aws-3.0: ["5.6"], nist-800-53: [AC-3, AC-6, CM-2]}
#   peers: {checkov: [CKV_AWS_79], trivy: [AVD-AWS-0130]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration#metadata-options"
package srm.aws.ec2.launch_configuration_imdsv2

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Launch configuration %s has no metadata_options block, so its instances allow IMDSv1 (http_tokens defaults to \"optional\"); set metadata_options { http_tokens = \"required\" }", [r.address]),
	"resource": r.address,
	"path": ["metadata_options", 0, "http_tokens"],
	"fix": [{"set": ["metadata_options", 0, "http_tokens"], "value": "required"}],
} if {
	some r in tf.resources("aws_launch_configuration")
	count(tf.blocks(r.values, "metadata_options")) == 0
}

deny contains {
	"msg": sprintf("Launch configuration %s sets metadata_options without http_tokens, so its instances allow IMDSv1 (default \"optional\"); set http_tokens = \"required\"", [r.address]),
	"resource": r.address,
	"path": ["metadata_options", i, "http_tokens"],
	"fix": [{"set": ["metadata_options", i, "http_tokens"], "value": "required"}],
} if {
	some r in tf.resources("aws_launch_configuration")
	some i, block in tf.blocks(r.values, "metadata_options")
	endpoint_enabled(block)
	not "http_tokens" in object.keys(block)
}

deny contains {
	"msg": sprintf("Launch configuration %s allows IMDSv1: metadata_options.http_tokens is %q; set it to \"required\"", [r.address, block.http_tokens]),
	"resource": r.address,
	"path": ["metadata_options", i, "http_tokens"],
	"fix": [{"set": ["metadata_options", i, "http_tokens"], "value": "required"}],
} if {
	some r in tf.resources("aws_launch_configuration")
	some i, block in tf.blocks(r.values, "metadata_options")
	endpoint_enabled(block)
	is_string(block.http_tokens)
	lower(block.http_tokens) == "optional"
}

endpoint_enabled(block) if not "http_endpoint" in object.keys(block)

endpoint_enabled(block) if {
	is_string(block.http_endpoint)
	not tf.is_unresolved(block.http_endpoint)
	lower(block.http_endpoint) != "disabled"
}
