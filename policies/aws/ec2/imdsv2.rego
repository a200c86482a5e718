# METADATA
# title: EC2 instance metadata service allows IMDSv1
# description: >-
#   IMDSv1 answers any plain HTTP GET to 169.254.169.254, so a server-side
#   request forgery, an open reverse proxy or a misconfigured WAF in front of the
#   workload is enough to read the instance role's temporary credentials and act
#   as the instance in the account. IMDSv2 requires a session token obtained with
#   a PUT request and a hop limit, which defeats these attacks. Unless
#   `http_tokens = "required"` is set (or the endpoint is disabled), the instance
#   or launch template falls back to the AMI's or the account's default, which
#   still allows IMDSv1 in most accounts.
# custom:
#   id: SRM-AWS-EC2-001
#   severity: high
#   areas: [guest-os, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_instance, aws_launch_template]}
#   remediation: >-
#     Require session tokens in the instance's or launch template's metadata options:
#     `metadata_options { http_endpoint = "enabled" http_tokens = "required"
#     http_put_response_hop_limit = 1 }` (or `http_endpoint = "disabled"` when the
#     workload never reads instance metadata).
#   fix: {safety: unsafe, change: "Sets `http_tokens = \"required\"` in `metadata_options` (adding the block when it is missing); software that still reads instance metadata with IMDSv1 requests (old SDKs, agents, scripts using plain curl) gets 401 errors."}
#   frameworks: {cis-aws-3.0: ["5.6"], nist-800-53: [AC-3, AC-6, CM-2]}
#   peers: {checkov: [CKV_AWS_79], trivy: [AVD-AWS-0028, AVD-AWS-0130]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html"
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#metadata-options"
package srm.aws.ec2.imdsv2

import data.srm.lib.terraform as tf

resource_types := ["aws_instance", "aws_launch_template"]

# No metadata_options block at all: the provider, AMI or account default applies,
# which allows IMDSv1 unless it was changed outside this code. An instance
# launched from a launch template takes the template's metadata options (the
# template is judged on its own).
deny contains {
	"msg": sprintf("%s has no metadata_options block, so IMDSv1 stays allowed (http_tokens defaults to \"optional\"); set metadata_options { http_tokens = \"required\" }", [r.address]),
	"resource": r.address,
	"path": ["metadata_options", 0, "http_tokens"],
	"fix": [{"set": ["metadata_options", 0, "http_tokens"], "value": "required"}],
} if {
	some type in resource_types
	some r in tf.resources(type)
	count(tf.blocks(r.values, "metadata_options")) == 0
	not uses_launch_template(r)
}

# A metadata_options block without http_tokens.
deny contains {
	"msg": sprintf("%s sets metadata_options without http_tokens, so IMDSv1 stays allowed (default \"optional\"); set http_tokens = \"required\"", [r.address]),
	"resource": r.address,
	"path": ["metadata_options", i, "http_tokens"],
	"fix": [{"set": ["metadata_options", i, "http_tokens"], "value": "required"}],
} if {
	some type in resource_types
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "metadata_options")
	endpoint_enabled(block)
	not "http_tokens" in object.keys(block)
}

# http_tokens = "optional" explicitly.
deny contains {
	"msg": sprintf("%s allows IMDSv1: metadata_options.http_tokens is %q; set it to \"required\"", [r.address, block.http_tokens]),
	"resource": r.address,
	"path": ["metadata_options", i, "http_tokens"],
	"fix": [{"set": ["metadata_options", i, "http_tokens"], "value": "required"}],
} if {
	some type in resource_types
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "metadata_options")
	endpoint_enabled(block)
	is_string(block.http_tokens)
	not tf.is_unresolved(block.http_tokens)
	lower(block.http_tokens) == "optional"
}

# The metadata endpoint is on: http_endpoint omitted (default "enabled") or set to
# a known value other than "disabled". An unresolved http_endpoint is not judged.
endpoint_enabled(block) if not "http_endpoint" in object.keys(block)

endpoint_enabled(block) if {
	is_string(block.http_endpoint)
	not tf.is_unresolved(block.http_endpoint)
	lower(block.http_endpoint) != "disabled"
}

# An instance launched from a launch template without metadata options of its
# own is judged through the template.
applies contains r.address if {
	some type in resource_types
	some r in tf.resources(type)
	not inherits_metadata_options(r)
}

inherits_metadata_options(r) if {
	uses_launch_template(r)
	count(tf.blocks(r.values, "metadata_options")) == 0
}

# http_tokens or http_endpoint comes from a value unknown before apply: not judged.
unknown contains {"resource": r.address, "path": ["metadata_options", i, attribute]} if {
	some type in resource_types
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "metadata_options")
	some attribute in ["http_tokens", "http_endpoint"]
	tf.is_unresolved(object.get(block, attribute, ""))
}

uses_launch_template(r) if {
	r.type == "aws_instance"
	count(tf.blocks(r.values, "launch_template")) > 0
}
