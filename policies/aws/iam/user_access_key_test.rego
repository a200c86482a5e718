package srm.aws.iam.user_access_key_test

import data.srm.aws.iam.user_access_key as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_iam_access_key": [{
	"address": "aws_iam_access_key.ci", "type": "aws_iam_access_key", "name": "ci",
	"mode": "managed", "file": "main.tf", "values": object.union({"user": "${aws_iam_user.ci.name}"}, values), "references": {"user": ["aws_iam_user.ci"]},
}]}}

test_active_key_is_reported if {
	findings := policy.deny with input as doc({})
	{[f.resource, f.path] | some f in findings} == {["aws_iam_access_key.ci", ["user"]]}
	some f in findings
	contains(f.msg, "unencrypted in the Terraform state")
	count(policy.deny) == 1 with input as doc({"status": "Active", "pgp_key": "keybase:ops"})
}

test_inactive_or_unresolved_status_passes if {
	count(policy.deny) == 0 with input as doc({"status": "Inactive"})
	count(policy.deny) == 0 with input as doc({"status": "${var.key_status}"})
}
