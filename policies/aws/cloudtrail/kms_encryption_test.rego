package srm.aws.cloudtrail.kms_encryption_test

import data.srm.aws.cloudtrail.kms_encryption as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudtrail": [{
	"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "name": "main",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "main", "s3_bucket_name": "trail-logs"}, values), "references": {},
}]}}

test_missing_or_empty_key_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["kms_key_id"]}
	count(policy.deny) == 1 with input as doc({"kms_key_id": ""})
}

test_key_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"kms_key_id": "${aws_kms_key.cloudtrail.arn}"})
	count(policy.deny) == 0 with input as doc({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})
}
