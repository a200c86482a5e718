# METADATA
# title: Redshift cluster is publicly accessible
# description: >-
#   A publicly accessible cluster gets a public IP address and a DNS name that
#   resolves to it, so the warehouse listener can be reached from the internet as
#   soon as a security group lets the traffic in, exposing the whole analytical
#   data set to password guessing and engine exploits. AWS provider v6 and the
#   Redshift API default to private clusters (provider v5 defaulted to public), so
#   only an explicit `publicly_accessible = true` is reported; set `false`
#   explicitly in modules that still support provider v5.
# custom:
#   id: SRM-AWS-REDSHIFT-002
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_cluster]}
#   remediation: >-
#     Keep the cluster private: `publicly_accessible = false` in a
#     `cluster_subnet_group_name` made of private subnets; reach it through the
#     application tier, a VPN, a Redshift-managed VPC endpoint or the Data API.
#   fix: {safety: unsafe, change: "Sets `publicly_accessible = false`; the cluster loses its public address, so clients that connect from outside the VPC (BI tools, laptops, SaaS loaders) lose access."}
#   frameworks: {nist-800-53: [AC-3, AC-4, SC-7]}
#   peers: {checkov: [CKV_AWS_87], kics: [redshift_publicly_accessible]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible"
package srm.aws.redshift.public_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift cluster %s is publicly accessible: publicly_accessible is %v; set it to false", [r.address, r.values.publicly_accessible]),
	"resource": r.address,
	"path": ["publicly_accessible"],
	"fix": [{"set": ["publicly_accessible"], "value": false}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_true(r.values.publicly_accessible)
}
