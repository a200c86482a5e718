# METADATA
# title: AMI lookup does not restrict the image owner
# description: >-
#   A `data "aws_ami"` lookup without `owners` searches every public image in the
#   region. Anyone can publish an AMI with a matching name, and with `most_recent =
#   true` the newest match wins, so an attacker's image, with a backdoor or a
#   crypto-miner baked in, can end up running the workload (the "whoAMI"
#   name-confusion attack). AWS does not vouch for public images; choosing trusted
#   publishers is the customer's job.
# custom:
#   id: SRM-AWS-EC2-007
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [data.aws_ami]}
#   remediation: >-
#     Name the trusted publishers: `owners = ["amazon"]`, `["self"]` or the
#     publisher's account id (e.g. `["099720109477"]` for Canonical) on
#     `data "aws_ami"`, and consider the account-level Allowed AMIs setting.
#   frameworks: {nist-800-53: [SI-7, CM-2]}
#   peers: {checkov: [CKV_AWS_386], trivy: [AVD-AWS-0344]}
#   references:
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html"
#     - "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-allowed-amis.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ami#owners"
package srm.aws.ec2.ami_owners

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s looks up AMIs from any publisher: owners is %s and no owner-id, owner-alias or image-id filter is set; name the trusted owners", [d.address, owners_text(d.values)]),
	"resource": d.address,
	"path": ["owners"],
} if {
	some d in tf.resources("data.aws_ami")
	no_owners(d.values)
	not pinned_by_filter(d.values)
}

no_owners(values) if not "owners" in object.keys(values)

no_owners(values) if values.owners == []

owners_text(values) := "empty" if values.owners == []

owners_text(values) := "not set" if not "owners" in object.keys(values)

# A filter that fixes the owner or the exact image.
pinned_by_filter(values) if {
	some filter in tf.blocks(values, "filter")
	filter.name in {"owner-id", "owner-alias", "image-id"}
}

pinned_by_filter(values) if {
	some filter in tf.blocks(values, "filter")
	tf.is_unresolved(filter.name)
}
