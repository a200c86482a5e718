# METADATA
# title: RDS database instance is publicly accessible
# description: >-
#   A publicly accessible DB instance gets a DNS name that resolves to a public
#   IP address, so the database listener can be reached from the internet as soon
#   as a security group or network ACL lets the traffic in. Databases are then
#   exposed to password guessing and to exploits of the engine itself, and a
#   single mistaken rule is enough for a data breach. AWS only assigns the public
#   address because the configuration asks for it.
# custom:
#   id: SRM-AWS-RDS-001
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_db_instance, aws_rds_cluster_instance]}
#   remediation: >-
#     Keep the database private: `publicly_accessible = false` (the default), in
#     a `db_subnet_group_name` made of private subnets, and reach it from the
#     application tier, a VPN or an SSM port-forwarding session.
#   fix: {safety: unsafe, change: "Sets `publicly_accessible = false`; the endpoint stops resolving to a public address, so clients that connect from outside the VPC (laptops, SaaS tools, other clouds) lose access."}
#   frameworks: {cis-aws-3.0: ["2.3.3"], nist-800-53: [AC-3, AC-4, SC-7]}
#   peers: {checkov: [CKV_AWS_17], kics: [rds_db_instance_publicly_accessible], trivy: [AVD-AWS-0180]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible"
package srm.aws.rds.public_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("RDS instance %s is publicly accessible: publicly_accessible is %v; set it to false", [r.address, r.values.publicly_accessible]),
	"resource": r.address,
	"path": ["publicly_accessible"],
	"fix": [{"set": ["publicly_accessible"], "value": false}],
} if {
	some type in ["aws_db_instance", "aws_rds_cluster_instance"]
	some r in tf.resources(type)
	tf.is_true(r.values.publicly_accessible)
}
