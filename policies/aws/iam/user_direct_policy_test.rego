package srm.aws.iam.user_direct_policy_test

import data.srm.aws.iam.user_direct_policy as policy

res(type, name, values, references) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": references,
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_group_and_role_attachments_pass if {
	count(policy.deny) == 0 with input as doc({"aws_iam_policy_attachment": [res("aws_iam_policy_attachment", "a", {
		"name": "a", "policy_arn": "${aws_iam_policy.p.arn}", "groups": ["${aws_iam_group.g.name}"], "roles": ["${aws_iam_role.r.name}"],
	}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_iam_policy_attachment": [res("aws_iam_policy_attachment", "a", {
		"name": "a", "policy_arn": "${aws_iam_policy.p.arn}", "users": [], "roles": ["ops"],
	}, {})]})
	count(policy.deny) == 0 with input as doc({"aws_iam_policy_attachment": [res("aws_iam_policy_attachment", "a", {
		"name": "a", "policy_arn": "${aws_iam_policy.p.arn}", "users": "${var.users}",
	}, {"users": ["var.users"]})]})
}

test_user_policy_reported if {
	findings := policy.deny with input as doc({"aws_iam_user_policy": [res("aws_iam_user_policy", "p", {
		"user": "${aws_iam_user.u.name}", "policy": {"Statement": []},
	}, {"user": ["aws_iam_user.u"]})]})
	{[f.resource, f.path] | some f in findings} == {["aws_iam_user_policy.p", ["user"]]}
}

test_user_policy_attachment_reported if {
	findings := policy.deny with input as doc({"aws_iam_user_policy_attachment": [res("aws_iam_user_policy_attachment", "a", {
		"user": "alice", "policy_arn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
	}, {})]})
	{[f.resource, f.path] | some f in findings} == {["aws_iam_user_policy_attachment.a", ["user"]]}
}

test_policy_attachment_with_users_reported if {
	findings := policy.deny with input as doc({"aws_iam_policy_attachment": [res("aws_iam_policy_attachment", "a", {
		"name": "a", "policy_arn": "${aws_iam_policy.p.arn}", "users": ["${aws_iam_user.u.name}"], "groups": ["ops"],
	}, {"users": ["aws_iam_user.u"]})]})
	{[f.resource, f.path] | some f in findings} == {["aws_iam_policy_attachment.a", ["users"]]}
}

test_policy_attachment_with_user_expression_reported if {
	findings := policy.deny with input as doc({"aws_iam_policy_attachment": [res("aws_iam_policy_attachment", "a", {
		"name": "a", "policy_arn": "${aws_iam_policy.p.arn}", "users": "${[for u in aws_iam_user.all : u.name]}",
	}, {"users": ["aws_iam_user.all"]})]})
	count(findings) == 1
}
