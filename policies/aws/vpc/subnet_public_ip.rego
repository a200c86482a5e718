# METADATA
# title: Subnet gives every instance a public IP address
# description: >-
#   With `map_public_ip_on_launch = true` every instance, container host or
#   interface launched into the subnet gets a public IPv4 address unless it asks
#   otherwise, so workloads become reachable from the internet as soon as a
#   security group is too broad, whether or not anyone meant them to be public.
#   Internet-facing entry points belong behind load balancers or NAT in dedicated
#   subnets. AWS assigns these addresses only because the subnet is configured to.
# custom:
#   id: SRM-AWS-VPC-006
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_subnet, aws_default_subnet]}
#   remediation: >-
#     Do not assign public addresses by default: `map_public_ip_on_launch = false`
#     (the default for `aws_subnet`), put workloads in private subnets behind a NAT
#     gateway, and expose them through a load balancer.
#   fix: {safety: unsafe, change: "Sets `map_public_ip_on_launch = false`; instances launched in the subnet from then on get no public IPv4 address, so those that rely on one (no NAT gateway, reached directly from the internet) lose that access."}
#   frameworks: {nist-800-53: [AC-4, SC-7]}
#   peers: {checkov: [CKV_AWS_130], trivy: [AVD-AWS-0164]}
#   references:
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch"
package srm.aws.vpc.subnet_public_ip

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Subnet %s gives every instance launched in it a public IPv4 address: map_public_ip_on_launch is %v; set it to false", [r.address, r.values.map_public_ip_on_launch]),
	"resource": r.address,
	"path": ["map_public_ip_on_launch"],
	"fix": [{"set": ["map_public_ip_on_launch"], "value": false}],
} if {
	some type in ["aws_subnet", "aws_default_subnet"]
	some r in tf.resources(type)
	tf.is_true(r.values.map_public_ip_on_launch)
}
