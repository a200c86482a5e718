# METADATA
# title: Launch configuration gives instances a public IP address
# description: >-
#   With `associate_public_ip_address = true` every instance an Auto Scaling group
#   launches from this configuration gets a public IPv4 address, reachable from
#   the internet as soon as one security group or network ACL rule is too broad,
#   and bypassing the load balancer, NAT or bastion that should be the only entry
#   point. AWS assigns the address only because the configuration asks for it.
#   (Instances and launch templates are covered by SRM-AWS-EC2-003.)
# custom:
#   id: SRM-AWS-EC2-010
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_launch_configuration]}
#   remediation: >-
#     Do not request public addresses: `associate_public_ip_address = false` on
#     `aws_launch_configuration`, launch the group in private subnets and expose it
#     through a load balancer (better, move to an `aws_launch_template`).
#   fix: {safety: unsafe, change: "Sets `associate_public_ip_address = false`; Terraform replaces the launch configuration, and new instances in a subnet without a NAT gateway have no internet access and cannot be reached from the internet."}
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(3)]}
#   peers: {checkov: [CKV_AWS_389], trivy: [AVD-AWS-0009]}
#   references:
#     - "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration#associate_public_ip_address"
package srm.aws.ec2.launch_configuration_public_ip

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Launch configuration %s gives its instances public IP addresses: associate_public_ip_address is %v; set it to false", [r.address, r.values.associate_public_ip_address]),
	"resource": r.address,
	"path": ["associate_public_ip_address"],
	"fix": [{"set": ["associate_public_ip_address"], "value": false}],
} if {
	some r in tf.resources("aws_launch_configuration")
	tf.is_true(r.values.associate_public_ip_address)
}
