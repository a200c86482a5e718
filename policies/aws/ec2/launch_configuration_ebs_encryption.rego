# METADATA
# title: Launch configuration creates unencrypted EBS volumes
# description: >-
#   Every instance an Auto Scaling group launches from this configuration gets the
#   volumes it describes: without `encrypted = true` they, and every snapshot taken
#   from them, are stored in plaintext, and no KMS key policy gates access to the
#   data. Without a `root_block_device` block the root volume takes the AMI
#   snapshot's (usually unencrypted) setting. AWS encrypts such volumes only when
#   the customer asks, per block device or with EBS encryption by default.
# custom:
#   id: SRM-AWS-EC2-005
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_launch_configuration, aws_ebs_encryption_by_default]}
#   remediation: >-
#     Encrypt every block device: `root_block_device { encrypted = true }` and
#     `ebs_block_device { ... encrypted = true }` on `aws_launch_configuration`, or
#     turn on `resource "aws_ebs_encryption_by_default" "this" { enabled = true }`;
#     better, move to an `aws_launch_template` with encrypted `block_device_mappings`.
#   fix: {safety: unsafe, change: "Sets `encrypted = true` in `root_block_device` / `ebs_block_device` (adding `root_block_device { encrypted = true }` when it is missing); Terraform replaces the launch configuration, which fails while an Auto Scaling group uses it unless it has `create_before_destroy`."}
#   frameworks: {cis-aws-3.0: ["2.2.1"], nist-800-53: [SC-28, SC-28(1)]}
#   peers: {checkov: [CKV_AWS_8], kics: [launch_configuration_is_not_encrypted], trivy: [AVD-AWS-0008]}
#   references:
#     - "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"
#     - "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-data-protection.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_configuration#block-devices"
package srm.aws.ec2.launch_configuration_ebs_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Launch configuration %s has no root_block_device block, so its instances' root volumes are not encrypted unless the AMI is; add root_block_device { encrypted = true }", [r.address]),
	"resource": r.address,
	"path": ["root_block_device", 0, "encrypted"],
	"fix": [{"set": ["root_block_device", 0, "encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_launch_configuration")
	count(tf.blocks(r.values, "root_block_device")) == 0
	not default_encryption_enabled
}

deny contains {
	"msg": sprintf("Launch configuration %s has an unencrypted %s: encrypted is %v; set encrypted = true", [r.address, kind, block.encrypted]),
	"resource": r.address,
	"path": [kind, i, "encrypted"],
	"fix": [{"set": [kind, i, "encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_launch_configuration")
	some kind in ["root_block_device", "ebs_block_device"]
	some i, block in tf.blocks(r.values, kind)
	tf.is_false(block.encrypted)
}

# A block without encrypted (an ebs_block_device restored from a snapshot
# inherits the snapshot's encryption and is not judged).
deny contains {
	"msg": sprintf("Launch configuration %s has an unencrypted %s: encrypted is not set (default false); set encrypted = true", [r.address, kind]),
	"resource": r.address,
	"path": [kind, i, "encrypted"],
	"fix": [{"set": [kind, i, "encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_launch_configuration")
	some kind in ["root_block_device", "ebs_block_device"]
	some i, block in tf.blocks(r.values, kind)
	not "encrypted" in object.keys(block)
	not "snapshot_id" in object.keys(block)
	not default_encryption_enabled
}

default_encryption_enabled if {
	some r in tf.resources("aws_ebs_encryption_by_default")
	not "enabled" in object.keys(r.values)
}

default_encryption_enabled if {
	some r in tf.resources("aws_ebs_encryption_by_default")
	tf.is_true(r.values.enabled)
}
