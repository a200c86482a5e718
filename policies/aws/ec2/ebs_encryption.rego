# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An unencrypted EBS volume keeps its data, and every snapshot taken from it,
#   in plaintext: a snapshot shared by mistake or copied to another account can be
#   read without any key, and there is no KMS key policy or CloudTrail record of
#   decryptions to limit and audit access. AWS only encrypts new volumes when the
#   customer asks for it, per volume or with account-level EBS encryption by
#   default; an instance's root and additional block devices are volumes too.
# custom:
#   id: SRM-AWS-EC2-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ebs_volume, aws_instance, aws_ebs_encryption_by_default]}
#   remediation: >-
#     Encrypt every volume: `encrypted = true` (optionally with `kms_key_id =
#     aws_kms_key.ebs.arn`) on `aws_ebs_volume`, and in the instance's
#     `root_block_device { encrypted = true }` and each `ebs_block_device { ...
#     encrypted = true }`; or turn on account-level encryption with
#     `resource "aws_ebs_encryption_by_default" "this" { enabled = true }`.
#   fix: {safety: unsafe, change: "Sets `encrypted = true` on the volume, or in the instance's `root_block_device` / `ebs_block_device` (adding `root_block_device { encrypted = true }` when it is missing); Terraform replaces the volume or the instance, so its data is lost unless it is migrated through an encrypted snapshot first."}
#   frameworks: {cis-aws-3.0: ["2.2.1"], nist-800-53: [SC-28, SC-28(1), SC-13]}
#   peers: {checkov: [CKV_AWS_3, CKV_AWS_8], kics: [ebs_volume_encryption_disabled], trivy: [AVD-AWS-0026, AVD-AWS-0131]}
#   references:
#     - "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"
#     - "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#ebs-ebs_block_device-and-root_block_device"
package srm.aws.ec2.ebs_encryption

import data.srm.lib.terraform as tf

# aws_ebs_volume with encrypted = false.
deny contains {
	"msg": sprintf("EBS volume %s is not encrypted: encrypted is %v; set encrypted = true", [r.address, r.values.encrypted]),
	"resource": r.address,
	"path": ["encrypted"],
	"fix": [{"set": ["encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_ebs_volume")
	tf.is_false(r.values.encrypted)
}

# aws_ebs_volume without encrypted (a volume restored from a snapshot inherits
# the snapshot's encryption, so it is not judged).
deny contains {
	"msg": sprintf("EBS volume %s is not encrypted: encrypted is not set (default false); set encrypted = true", [r.address]),
	"resource": r.address,
	"path": ["encrypted"],
	"fix": [{"set": ["encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_ebs_volume")
	not "encrypted" in object.keys(r.values)
	not "snapshot_id" in object.keys(r.values)
	not default_encryption_enabled
}

# aws_instance without root_block_device: the root volume takes the AMI
# snapshot's (usually unencrypted) setting. An instance launched from a launch
# template gets its block device mappings from the template and is not judged.
deny contains {
	"msg": sprintf("EC2 instance %s has no root_block_device block, so its root volume is not encrypted unless the AMI is; add root_block_device { encrypted = true }", [r.address]),
	"resource": r.address,
	"path": ["root_block_device", 0, "encrypted"],
	"fix": [{"set": ["root_block_device", 0, "encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_instance")
	count(tf.blocks(r.values, "root_block_device")) == 0
	count(tf.blocks(r.values, "launch_template")) == 0
	not default_encryption_enabled
}

# root_block_device / ebs_block_device with encrypted = false.
deny contains {
	"msg": sprintf("EC2 instance %s has an unencrypted %s: encrypted is %v; set encrypted = true", [r.address, kind, block.encrypted]),
	"resource": r.address,
	"path": [kind, i, "encrypted"],
	"fix": [{"set": [kind, i, "encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_instance")
	some kind in ["root_block_device", "ebs_block_device"]
	some i, block in tf.blocks(r.values, kind)
	tf.is_false(block.encrypted)
}

# root_block_device / ebs_block_device without encrypted (an ebs_block_device
# created from a snapshot inherits the snapshot's encryption and is not judged).
deny contains {
	"msg": sprintf("EC2 instance %s has an unencrypted %s: encrypted is not set (default false); set encrypted = true", [r.address, kind]),
	"resource": r.address,
	"path": [kind, i, "encrypted"],
	"fix": [{"set": [kind, i, "encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_instance")
	some kind in ["root_block_device", "ebs_block_device"]
	some i, block in tf.blocks(r.values, kind)
	not "encrypted" in object.keys(block)
	not "snapshot_id" in object.keys(block)
	not default_encryption_enabled
}

# The module turns on EBS encryption by default for the account and region:
# volumes that do not say otherwise are encrypted.
default_encryption_enabled if {
	some r in tf.resources("aws_ebs_encryption_by_default")
	not "enabled" in object.keys(r.values)
}

default_encryption_enabled if {
	some r in tf.resources("aws_ebs_encryption_by_default")
	tf.is_true(r.values.enabled)
}
