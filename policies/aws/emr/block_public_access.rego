# METADATA
# title: EMR block public access is turned off or opens more than SSH
# description: >-
#   EMR block public access stops clusters from launching when one of their
#   security groups allows inbound traffic from 0.0.0.0/0 or ::/0, except on the
#   ports listed as exceptions (port 22 by default). Turning it off, or widening
#   the exceptions, lets a cluster expose YARN, Spark, Livy, Hue or JupyterHub web
#   interfaces to the internet, where unauthenticated job submission has been
#   used for cryptomining and data theft. The setting is per account and region,
#   and AWS turns it on by default.
# custom:
#   id: SRM-AWS-EMR-002
#   severity: high
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_emr_block_public_access_configuration]}
#   remediation: >-
#     Keep it on with at most the SSH exception:
#     `block_public_security_group_rules = true` and, if needed,
#     `permitted_public_security_group_rule_range { min_range = 22 max_range = 22 }`
#     on `aws_emr_block_public_access_configuration`; reach web interfaces through
#     SSH tunnels, Session Manager or a private load balancer.
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   peers: {checkov: [CKV_AWS_390]}
#   references:
#     - "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html#emr-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_block_public_access_configuration"
package srm.aws.emr.block_public_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s turns EMR block public access off: block_public_security_group_rules is %v; set it to true", [r.address, r.values.block_public_security_group_rules]),
	"resource": r.address,
	"path": ["block_public_security_group_rules"],
} if {
	some r in tf.resources("aws_emr_block_public_access_configuration")
	tf.is_false(r.values.block_public_security_group_rules)
}

deny contains {
	"msg": sprintf("%s lets EMR clusters open ports %v-%v to the internet; keep the exceptions to port 22 or remove them", [r.address, low, high]),
	"resource": r.address,
	"path": ["permitted_public_security_group_rule_range", i],
} if {
	some r in tf.resources("aws_emr_block_public_access_configuration")
	not tf.is_false(r.values.block_public_security_group_rules)
	some i, range in tf.blocks(r.values, "permitted_public_security_group_rule_range")
	low := known_number(range.min_range)
	high := known_number(range.max_range)
	not [low, high] == [22, 22]
}

unknown contains {"resource": r.address, "path": ["block_public_security_group_rules"]} if {
	some r in tf.resources("aws_emr_block_public_access_configuration")
	tf.is_unresolved(r.values.block_public_security_group_rules)
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
