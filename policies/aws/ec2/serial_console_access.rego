# METADATA
# title: EC2 serial console access is enabled for the account
# description: >-
#   The EC2 serial console gives an interactive session on an instance's operating
#   system through the AWS API, without network access, security groups or SSH
#   keys: whoever holds the IAM permission and an OS password reaches a root-level
#   console, outside the bastion, VPN or Session Manager logging that normally
#   guards administration. It is a break-glass tool meant to stay off; the
#   account-level setting is off until the customer enables it, and creating
#   `aws_ec2_serial_console_access` enables it unless `enabled = false`.
# custom:
#   id: SRM-AWS-EC2-009
#   severity: low
#   areas: [guest-os, iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ec2_serial_console_access]}
#   remediation: >-
#     Keep the serial console off outside incidents: `resource
#     "aws_ec2_serial_console_access" "this" { enabled = false }`, and administer
#     instances through Systems Manager Session Manager; if it must stay on, limit
#     `ec2-instance-connect:SendSerialConsoleSSHPublicKey` with an SCP.
#   fix: {safety: safe, change: "Sets `enabled = false`; the account-level switch closes the EC2 serial console in the region, running instances are not affected (administer them through Session Manager)."}
#   frameworks: {nist-800-53: [AC-17, CM-7]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-serial-console.html"
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ec2_serial_console_access"
package srm.aws.ec2.serial_console_access

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s enables EC2 serial console access for the account and region: enabled is %v; set it to false", [r.address, r.values.enabled]),
	"resource": r.address,
	"path": ["enabled"],
	"fix": [{"set": ["enabled"], "value": false}],
} if {
	some r in tf.resources("aws_ec2_serial_console_access")
	tf.is_true(r.values.enabled)
}

deny contains {
	"msg": sprintf("%s enables EC2 serial console access for the account and region: enabled is not set (default true); set it to false", [r.address]),
	"resource": r.address,
	"path": ["enabled"],
	"fix": [{"set": ["enabled"], "value": false}],
} if {
	some r in tf.resources("aws_ec2_serial_console_access")
	not "enabled" in object.keys(r.values)
}
