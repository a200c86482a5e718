# METADATA
# title: Redshift Serverless workgroup is publicly accessible
# description: >-
#   A publicly accessible workgroup gets an endpoint that resolves to public IP
#   addresses, so the warehouse can be reached from the internet as soon as a
#   security group lets the traffic in, exposing the whole data set to password
#   guessing and engine exploits. Workgroups are private by default; the
#   exposure exists only because the configuration asks for it.
# custom:
#   id: SRM-AWS-REDSHIFT-010
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshiftserverless_workgroup]}
#   remediation: >-
#     Keep the workgroup private: remove the attribute or set
#     `publicly_accessible = false`, with `subnet_ids` of private subnets; reach it
#     through the application tier, a VPN, a Redshift-managed VPC endpoint or the Data API.
#   fix: {safety: unsafe, change: "Sets `publicly_accessible = false`; the workgroup endpoint is reachable only from its VPC from then on, so clients outside it lose access."}
#   frameworks: {nist-800-53: [AC-3, AC-4, SC-7]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html"
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroups.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshiftserverless_workgroup#publicly_accessible"
package srm.aws.redshift.serverless_public_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift Serverless workgroup %s is publicly accessible (publicly_accessible = %v)", [r.address, r.values.publicly_accessible]),
	"resource": r.address,
	"path": ["publicly_accessible"],
	"fix": [{"set": ["publicly_accessible"], "value": false}],
} if {
	some r in tf.resources("aws_redshiftserverless_workgroup")
	tf.is_true(r.values.publicly_accessible)
}

unknown contains {"resource": r.address, "path": ["publicly_accessible"]} if {
	some r in tf.resources("aws_redshiftserverless_workgroup")
	tf.is_unresolved(r.values.publicly_accessible)
}
