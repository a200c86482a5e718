# METADATA
# title: EC2 instance is given a public IP address
# description: >-
#   A public IPv4 address makes the instance reachable from the whole internet
#   as soon as one security group or network ACL rule is too broad, and exposes
#   every listening service to scanning; it also bypasses the inspection and
#   logging that a load balancer, NAT gateway or bastion would provide. AWS only
#   assigns the address because the configuration asks for it (or the subnet
#   defaults to it): keeping instances in private subnets is the customer's job.
# custom:
#   id: SRM-AWS-EC2-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_instance, aws_launch_template]}
#   remediation: >-
#     Do not request a public address: `associate_public_ip_address = false` on
#     `aws_instance` and in the launch template's `network_interfaces { ...
#     associate_public_ip_address = false }`, place the instance in a private
#     subnet, and reach it through a load balancer, Systems Manager Session
#     Manager or a VPN.
#   fix: {safety: unsafe, change: "Sets `associate_public_ip_address = false` on the instance or in the launch template's `network_interfaces`; Terraform replaces the instance, and an instance in a subnet without a NAT gateway loses its internet access and its inbound traffic."}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(3)]}
#   peers: {checkov: [CKV_AWS_88], kics: [ec2_instance_has_public_ip]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-25"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#network-interfaces"
package srm.aws.ec2.instance_public_ip

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("EC2 instance %s is given a public IP address: associate_public_ip_address is %v; set it to false and use a private subnet", [r.address, r.values.associate_public_ip_address]),
	"resource": r.address,
	"path": ["associate_public_ip_address"],
	"fix": [{"set": ["associate_public_ip_address"], "value": false}],
} if {
	some r in tf.resources("aws_instance")
	tf.is_true(r.values.associate_public_ip_address)
}

deny contains {
	"msg": sprintf("Launch template %s gives instances a public IP address: network_interfaces[%d].associate_public_ip_address is %v; set it to false", [r.address, i, block.associate_public_ip_address]),
	"resource": r.address,
	"path": ["network_interfaces", i, "associate_public_ip_address"],
	"fix": [{"set": ["network_interfaces", i, "associate_public_ip_address"], "value": false}],
} if {
	some r in tf.resources("aws_launch_template")
	some i, block in tf.blocks(r.values, "network_interfaces")
	tf.is_true(block.associate_public_ip_address)
}
