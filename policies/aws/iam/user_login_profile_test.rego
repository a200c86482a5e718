package srm.aws.iam.user_login_profile_test

import data.srm.aws.iam.user_login_profile as policy

test_login_profile_is_reported if {
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_iam_user_login_profile": [{
		"address": "aws_iam_user_login_profile.alice", "type": "aws_iam_user_login_profile", "name": "alice",
		"mode": "managed", "file": "main.tf", "values": {"user": "${aws_iam_user.alice.name}", "password_reset_required": true}, "references": {},
	}]}}
	{[f.resource, f.path] | some f in findings} == {["aws_iam_user_login_profile.alice", ["user"]]}
}

test_user_without_login_profile_passes if {
	count(policy.deny) == 0 with input as {"format": "terraform", "module": ".", "resources": {"aws_iam_user": [{
		"address": "aws_iam_user.ci", "type": "aws_iam_user", "name": "ci",
		"mode": "managed", "file": "main.tf", "values": {"name": "ci"}, "references": {},
	}]}}
}
