package srm.aws.organizations.scp_restricts_nothing_test

import data.srm.aws.organizations.scp_restricts_nothing as policy

scp(values, refs) := {
	"address": "aws_organizations_policy.baseline", "type": "aws_organizations_policy", "name": "baseline", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "baseline"}, values), "references": refs,
}

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_organizations_policy": [scp(values, {})]}}

allow_all := {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}

test_allow_everything_without_deny_is_reported if {
	findings := policy.deny with input as doc({"content": allow_all})
	{[f.resource, f.path] | some f in findings} == {["aws_organizations_policy.baseline", ["content"]]}
	count(policy.deny) == 1 with input as doc({"content": json.marshal(allow_all), "type": "SERVICE_CONTROL_POLICY"})
	count(policy.deny) == 1 with input as doc({"content": {"Statement": {"Effect": "Allow", "Action": ["*:*"], "Resource": ["*"]}}})
}

test_policy_document_data_source_is_followed if {
	d := {"format": "terraform", "module": ".", "resources": {
		"aws_organizations_policy": [scp({"content": "${data.aws_iam_policy_document.baseline.json}"}, {"content": ["data.aws_iam_policy_document.baseline"]})],
		"data.aws_iam_policy_document": [{
			"address": "data.aws_iam_policy_document.baseline", "type": "aws_iam_policy_document", "name": "baseline", "mode": "data", "file": "main.tf",
			"values": {"statement": [{"actions": ["*"], "resources": ["*"]}]}, "references": {},
		}],
	}}
	count(policy.deny) == 1 with input as d
}

test_guardrails_allow_lists_and_other_types_pass if {
	with_deny := {"Statement": [
		{"Effect": "Allow", "Action": "*", "Resource": "*"},
		{"Effect": "Deny", "Action": ["organizations:LeaveOrganization", "cloudtrail:StopLogging"], "Resource": "*"},
	]}
	count(policy.deny) == 0 with input as doc({"content": with_deny})
	count(policy.deny) == 0 with input as doc({"content": {"Statement": [{"Effect": "Allow", "Action": ["ec2:*", "s3:*"], "Resource": "*"}]}})
	count(policy.deny) == 0 with input as doc({"content": allow_all, "type": "TAG_POLICY"})
	count(policy.deny) == 0 with input as doc({"content": allow_all, "type": "BACKUP_POLICY"})
}

test_applies_to_control_policies_only if {
	policy.applies == {"aws_organizations_policy.baseline"} with input as doc({"content": allow_all})
	policy.applies == {"aws_organizations_policy.baseline"} with input as doc({"content": allow_all, "type": "RESOURCE_CONTROL_POLICY"})
	count(policy.applies) == 0 with input as doc({"content": allow_all, "type": "TAG_POLICY"})
}

test_unresolved_content_is_unknown_not_reported if {
	d := doc({"content": "${file(\"scp.json\")}"})
	count(policy.deny) == 0 with input as d
	count(policy.unknown) == 1 with input as d
	count(policy.unknown) == 0 with input as doc({"content": allow_all})
}
