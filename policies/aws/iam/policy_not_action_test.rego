package srm.aws.iam.policy_not_action_test

import data.srm.aws.iam.policy_not_action as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.p", [type]), "type": type, "name": "p",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

json_policy(statement) := doc("aws_iam_group_policy", {"group": "devs", "policy": {"Version": "2012-10-17", "Statement": [statement]}})

test_allow_not_action_is_reported if {
	findings := policy.deny with input as json_policy({"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"})
	{f.path | some f in findings} == {["policy", "Statement", 0, "NotAction"]}
	text := `{"Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}}`
	string_findings := policy.deny with input as doc("aws_iam_policy", {"policy": text})
	{f.path | some f in string_findings} == {["policy"]}
}

test_deny_not_action_and_plain_actions_pass if {
	mfa := {"Effect": "Deny", "NotAction": ["iam:ChangePassword", "sts:GetSessionToken"], "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}
	count(policy.deny) == 0 with input as json_policy(mfa)
	count(policy.deny) == 0 with input as json_policy({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})
	count(policy.deny) == 0 with input as doc("aws_iam_policy", {"policy": "${data.aws_iam_policy_document.p.json}"})
}

test_policy_document_data_source if {
	findings := policy.deny with input as doc("data.aws_iam_policy_document", {"statement": [{"not_actions": ["iam:*"], "resources": ["*"]}]})
	{f.path | some f in findings} == {["statement", 0, "not_actions"]}
	count(policy.deny) == 0 with input as doc("data.aws_iam_policy_document", {"statement": [{"effect": "Deny", "not_actions": ["iam:*"], "resources": ["*"]}]})
}
