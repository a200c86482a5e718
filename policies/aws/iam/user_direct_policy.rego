# METADATA
# title: IAM policy is attached directly to a user
# description: >-
#   Permissions granted user by user drift apart: nobody can tell who holds what,
#   leavers keep access that was never recorded, and reviews must read every
#   user instead of a few groups or roles. CIS asks that IAM users receive
#   permissions only through groups (better still, that people use federated roles
#   with no long-lived IAM users at all). AWS lets any policy be attached to a
#   user; organising access is the customer's duty.
# custom:
#   id: SRM-AWS-IAM-002
#   severity: medium
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [aws_iam_user_policy, aws_iam_user_policy_attachment, aws_iam_policy_attachment]}
#   remediation: >-
#     Attach the policy to a group and make the user a member:
#     `resource "aws_iam_group_policy_attachment" "g" { group = aws_iam_group.g.name
#     policy_arn = aws_iam_policy.p.arn }` with `resource "aws_iam_user_group_membership" "u"
#     { user = aws_iam_user.u.name groups = [aws_iam_group.g.name] }`, or move to IAM
#     Identity Center roles.
#   frameworks: {cis-aws-3.0: ["1.15"], nist-800-53: [AC-2, AC-6]}
#   peers: {checkov: [CKV_AWS_40], kics: [iam_policies_attached_to_user], trivy: [AVD-AWS-0143]}
#   references:
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html"
#     - "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions"
package srm.aws.iam.user_direct_policy

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s defines an inline policy directly on IAM user %v", [r.address, object.get(r.values, "user", "?")]),
	"resource": r.address,
	"path": ["user"],
} if {
	some r in tf.resources("aws_iam_user_policy")
}

deny contains {
	"msg": sprintf("%s attaches a managed policy directly to IAM user %v", [r.address, object.get(r.values, "user", "?")]),
	"resource": r.address,
	"path": ["user"],
} if {
	some r in tf.resources("aws_iam_user_policy_attachment")
}

deny contains {
	"msg": sprintf("%s attaches a managed policy directly to IAM users %v", [r.address, r.values.users]),
	"resource": r.address,
	"path": ["users"],
} if {
	some r in tf.resources("aws_iam_policy_attachment")
	has_users(r)
}

# A literal (possibly partly unresolved) non-empty list of users.
has_users(r) if {
	is_array(r.values.users)
	count(r.values.users) > 0
}

# An expression that still visibly refers to IAM users (`[for u in aws_iam_user.x : u.name]`).
has_users(r) if {
	tf.is_unresolved(r.values.users)
	some address in tf.references(r, "users")
	startswith(address, "aws_iam_user.")
}
