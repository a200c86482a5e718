package srm.aws.iam.service_wildcard_test

import data.srm.aws.iam.service_wildcard as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.p", [type]), "type": type, "name": "p",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

json_policy(statement) := doc("aws_iam_policy", {"name": "p", "policy": {"Version": "2012-10-17", "Statement": [statement]}})

test_service_wildcard_on_everything_is_reported if {
	findings := policy.deny with input as json_policy({"Effect": "Allow", "Action": ["s3:GetObject", "s3:*", "kms:*"], "Resource": "*"})
	{f.path | some f in findings} == {["policy", "Statement", 0, "Action", 1], ["policy", "Statement", 0, "Action", 2]}
	single := policy.deny with input as json_policy({"Effect": "Allow", "Action": "IAM:*", "Resource": ["*"]})
	{f.path | some f in single} == {["policy", "Statement", 0, "Action"]}
}

test_json_string_points_at_the_attribute if {
	text := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:*","Resource":"*"}]}`
	findings := policy.deny with input as doc("aws_iam_user_policy", {"user": "ci", "policy": text})
	{f.path | some f in findings} == {["policy"]}
}

test_scoped_specific_conditioned_or_admin_pass if {
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:ResourceTag/team": "data"}}})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Deny", "Action": "s3:*", "Resource": "*"})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "*", "Resource": "*"})
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "${var.actions}", "Resource": "*"})
}

test_policy_document_data_source if {
	findings := policy.deny with input as doc("data.aws_iam_policy_document", {"statement": [{"actions": ["ec2:Describe*", "ec2:*"], "resources": ["*"]}]})
	{f.path | some f in findings} == {["statement", 0, "actions", 1]}
	bucket_policy := {"statement": [{"actions": ["s3:*"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::111122223333:root"]}]}]}
	count(policy.deny) == 0 with input as doc("data.aws_iam_policy_document", bucket_policy)
}
