# METADATA
# title: Redshift cluster does not use enhanced VPC routing
# description: >-
#   Without enhanced VPC routing, COPY, UNLOAD and Spectrum traffic between the
#   cluster and S3 or other data sources leaves the VPC through the internet
#   path that Redshift manages: security groups, network ACLs, VPC endpoint
#   policies and VPC flow logs do not see or restrict it, so data can be unloaded
#   to any bucket in any account unnoticed. Enhanced VPC routing forces that
#   traffic through the customer's VPC, where those controls apply; it is off by
#   default.
# custom:
#   id: SRM-AWS-REDSHIFT-006
#   severity: medium
#   areas: [network-controls, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_redshift_cluster]}
#   remediation: >-
#     Route the cluster's data traffic through the VPC: `enhanced_vpc_routing =
#     true`, with an S3 gateway endpoint (and an endpoint policy that names the
#     allowed buckets) or a NAT gateway in the cluster subnets.
#   fix: {safety: unsafe, change: "Sets `enhanced_vpc_routing = true`; COPY, UNLOAD and Spectrum traffic then goes through the VPC, so it fails unless the cluster subnets have an S3 gateway endpoint or a NAT gateway (and the VPC's network ACLs and DNS allow the traffic)."}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-7"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#enhanced_vpc_routing"
#   peers: {checkov: [CKV_AWS_321]}
package srm.aws.redshift.enhanced_vpc_routing

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Redshift cluster %s sends its COPY and UNLOAD traffic outside the VPC (enhanced_vpc_routing = %v)", [r.address, r.values.enhanced_vpc_routing]),
	"resource": r.address,
	"path": ["enhanced_vpc_routing"],
	"fix": [{"set": ["enhanced_vpc_routing"], "value": true}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_false(r.values.enhanced_vpc_routing)
}

deny contains {
	"msg": sprintf("Redshift cluster %s sends its COPY and UNLOAD traffic outside the VPC: enhanced_vpc_routing is not set (default false)", [r.address]),
	"resource": r.address,
	"path": ["enhanced_vpc_routing"],
	"fix": [{"set": ["enhanced_vpc_routing"], "value": true}],
} if {
	some r in tf.resources("aws_redshift_cluster")
	object.get(r.values, "enhanced_vpc_routing", null) == null
}

unknown contains {"resource": r.address, "path": ["enhanced_vpc_routing"]} if {
	some r in tf.resources("aws_redshift_cluster")
	tf.is_unresolved(r.values.enhanced_vpc_routing)
}
