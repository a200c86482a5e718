package srm.aws.kms.key_policy_public_test

import data.srm.aws.kms.key_policy_public as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

key(statement) := {"format": "terraform", "module": ".", "resources": {"aws_kms_key": [res("aws_kms_key", "k", {"policy": {"Version": "2012-10-17", "Statement": [statement]}}, {})]}}

test_public_principals_are_reported if {
	findings := policy.deny with input as key({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*"})
	{f.path | some f in findings} == {["policy", "Statement", 0, "Principal"]}
	count(policy.deny) == 1 with input as key({"Effect": "Allow", "Principal": "*", "Action": ["kms:Decrypt"], "Resource": "*"})
	count(policy.deny) == 1 with input as key({"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}, "Action": "kms:Decrypt", "Resource": "*"})
}

test_json_string_on_key_policy_resource if {
	text := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}`
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_kms_key_policy": [res("aws_kms_key_policy", "k", {"key_id": "${aws_kms_key.k.id}", "policy": text}, {})]}}
	{[f.resource, f.path] | some f in findings} == {["aws_kms_key_policy.k", ["policy"]]}
}

test_named_conditioned_or_denied_pass if {
	count(policy.deny) == 0 with input as key({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"})
	count(policy.deny) == 0 with input as key({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "111122223333"}}})
	count(policy.deny) == 0 with input as key({"Effect": "Deny", "Principal": "*", "Action": "kms:*", "Resource": "*"})
	count(policy.deny) == 0 with input as key({"Effect": "Allow", "Principal": {"Service": "logs.amazonaws.com"}, "Action": "kms:Encrypt*", "Resource": "*"})
}

test_policy_document_data_source if {
	d := res("data.aws_iam_policy_document", "key", {"statement": [
		{"sid": "Admins", "actions": ["kms:*"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::111122223333:root"]}]},
		{"sid": "Everyone", "actions": ["kms:Decrypt"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["*"]}]},
	]}, {})
	k := res("aws_kms_key", "k", {"policy": "${data.aws_iam_policy_document.key.json}"}, {"policy": ["data.aws_iam_policy_document.key"]})
	findings := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"aws_kms_key": [k], "data.aws_iam_policy_document": [d]}}
	{[f.resource, f.path] | some f in findings} == {["data.aws_iam_policy_document.key", ["statement", 1, "principals", 0, "identifiers"]]}
	unused := policy.deny with input as {"format": "terraform", "module": ".", "resources": {"data.aws_iam_policy_document": [d]}}
	count(unused) == 0
}
