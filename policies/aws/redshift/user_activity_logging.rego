# METADATA
# title: Redshift parameter group does not log user activity
# description: >-
#   Redshift audit logging records connections and user changes, but the text of
#   every query is written to the user activity log only when the cluster's
#   parameter group sets enable_user_activity_logging to true. Without it,
#   investigators cannot tell which statements read or exported sensitive tables,
#   and auditors get no evidence of what privileged users ran. The parameter is
#   false in the default parameter group and in any group that does not set it.
# custom:
#   id: SRM-AWS-REDSHIFT-009
#   severity: medium
#   areas: [logging-monitoring, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_parameter_group]}
#   remediation: >-
#     Add the parameter to the cluster's parameter group:
#     `parameter { name = "enable_user_activity_logging" value = "true" }`, and
#     export `useractivitylog` with `aws_redshift_logging`.
#   frameworks: {nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html#db-auditing-enable-logging"
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_parameter_group"
package srm.aws.redshift.user_activity_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift parameter group %s does not set enable_user_activity_logging (default false), so clusters using it do not log the queries users run", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_redshift_parameter_group")
	not some_activity_logging(r.values)
}

deny contains {
	"msg": sprintf("Redshift parameter group %s turns user activity logging off (enable_user_activity_logging = %v)", [r.address, p.value]),
	"resource": r.address,
	"path": ["parameter", i, "value"],
} if {
	some r in tf.resources("aws_redshift_parameter_group")
	some i, p in tf.blocks(r.values, "parameter")
	p.name == "enable_user_activity_logging"
	tf.is_false(p.value)
}

unknown contains {"resource": r.address, "path": ["parameter", i, "value"]} if {
	some r in tf.resources("aws_redshift_parameter_group")
	some i, p in tf.blocks(r.values, "parameter")
	p.name == "enable_user_activity_logging"
	tf.is_unresolved(p.value)
}

# An enable_user_activity_logging parameter, or a parameter whose name is an
# expression (a `dynamic "parameter"` block arrives as one block with unresolved values).
some_activity_logging(values) if {
	some p in tf.blocks(values, "parameter")
	p.name == "enable_user_activity_logging"
}

some_activity_logging(values) if {
	some p in tf.blocks(values, "parameter")
	tf.is_unresolved(p.name)
}
