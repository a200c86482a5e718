# METADATA
# title: Default VPC is managed and kept in use
# description: >-
#   The default VPC that AWS creates in every region has public subnets that give
#   every instance a public IP address, an internet gateway and permissive default
#   network ACLs: anything launched into it without thought is on the internet.
#   Adopting it with `aws_default_vpc` keeps it alive and invites workloads into a
#   network nobody designed, instead of purpose-built VPCs with private subnets.
#   AWS creates the default VPC; removing it, or leaving it unused, is the
#   customer's choice.
# custom:
#   id: SRM-AWS-VPC-004
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_default_vpc]}
#   remediation: >-
#     Build a dedicated `aws_vpc` with private subnets for workloads and delete the
#     default VPC in every region (or, to adopt it only in order to delete it, use
#     `resource "aws_default_vpc" "default" { force_destroy = true }` and destroy it).
#   frameworks: {nist-800-53: [SC-7, CM-7]}
#   peers: {checkov: [CKV_AWS_148], kics: [default_vpc_exists], trivy: [AVD-AWS-0101]}
#   references:
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html"
#     - "https://docs.aws.amazon.com/vpc/latest/userguide/delete-default-vpc.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_vpc"
package srm.aws.vpc.default_vpc

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s adopts the region's default VPC, whose public subnets assign public IPs to everything launched in them; use a purpose-built aws_vpc and delete the default VPC", [r.address]),
	"resource": r.address,
	"path": [],
} if {
	some r in tf.resources("aws_default_vpc")
}
