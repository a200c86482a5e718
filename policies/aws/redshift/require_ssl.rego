# METADATA
# title: Redshift parameter group does not require SSL connections
# description: >-
#   Unless the cluster's parameter group sets `require_ssl` to true, Redshift
#   accepts unencrypted client connections: queries, result sets and database
#   credentials then cross the network in cleartext and can be read or altered by
#   anyone able to observe the traffic. The legacy `redshift-1.0` family defaults
#   to false; a custom parameter group that does not set the parameter keeps that
#   default.
# custom:
#   id: SRM-AWS-REDSHIFT-004
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_parameter_group]}
#   remediation: >-
#     Require TLS in the cluster's parameter group: `parameter { name =
#     "require_ssl" value = "true" }` on `aws_redshift_parameter_group`, and attach
#     it with `cluster_parameter_group_name`.
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   peers: {checkov: [CKV_AWS_105]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_parameter_group"
package srm.aws.redshift.require_ssl

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift parameter group %s does not set require_ssl, so clusters using it accept unencrypted connections; add parameter { name = \"require_ssl\" value = \"true\" }", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_redshift_parameter_group")
	not some_require_ssl(r.values)
}

deny contains {
	"msg": sprintf("Redshift parameter group %s lets clusters accept unencrypted connections: require_ssl is %v; set it to \"true\"", [r.address, p.value]),
	"resource": r.address,
	"path": ["parameter", i, "value"],
} if {
	some r in tf.resources("aws_redshift_parameter_group")
	some i, p in tf.blocks(r.values, "parameter")
	p.name == "require_ssl"
	tf.is_false(p.value)
}

# A require_ssl parameter, or a parameter whose name is an expression (a
# `dynamic "parameter"` block arrives as one block with unresolved values).
some_require_ssl(values) if {
	some p in tf.blocks(values, "parameter")
	p.name == "require_ssl"
}

some_require_ssl(values) if {
	some p in tf.blocks(values, "parameter")
	tf.is_unresolved(p.name)
}
