# METADATA
# title: Instance metadata responses can travel more than one network hop
# description: >-
#   The hop limit on IMDSv2 token responses decides how far from the instance a
#   token can be used. With a limit above 1, containers on bridge networks, pods,
#   and anything the instance forwards traffic for can obtain a token and read the
#   instance role's credentials, so one compromised container becomes the node's
#   IAM identity. The default is 1 for instances; a larger value is the customer's
#   choice and should be limited to hosts that really need it.
# custom:
#   id: SRM-AWS-EC2-008
#   severity: low
#   areas: [guest-os, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_instance, aws_launch_template, aws_launch_configuration]}
#   remediation: >-
#     Keep tokens on the host: `metadata_options { http_tokens = "required"
#     http_put_response_hop_limit = 1 }`, and give containers their own credentials
#     (EKS Pod Identity, IRSA or ECS task roles) instead of the node role.
#   fix: {safety: unsafe, change: "Sets `http_put_response_hop_limit = 1` in `metadata_options`; containers that reach instance metadata through a bridge network (Docker, EKS pods without host networking) no longer get IMDSv2 tokens and lose the node role credentials."}
#   frameworks: {nist-800-53: [AC-6, SC-7]}
#   peers: {checkov: [CKV_AWS_341]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html#modify-PUT-response-hop-limit"
#     - "https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#http_put_response_hop_limit"
package srm.aws.ec2.imds_hop_limit

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s lets instance metadata tokens travel %v hops: metadata_options.http_put_response_hop_limit is %v; set it to 1", [r.address, limit, block.http_put_response_hop_limit]),
	"resource": r.address,
	"path": ["metadata_options", i, "http_put_response_hop_limit"],
	"fix": [{"set": ["metadata_options", i, "http_put_response_hop_limit"], "value": 1}],
} if {
	some type in ["aws_instance", "aws_launch_template", "aws_launch_configuration"]
	some r in tf.resources(type)
	some i, block in tf.blocks(r.values, "metadata_options")
	not endpoint_disabled(block)
	limit := known_number(block.http_put_response_hop_limit)
	limit > 1
}

endpoint_disabled(block) if {
	is_string(block.http_endpoint)
	lower(block.http_endpoint) == "disabled"
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
