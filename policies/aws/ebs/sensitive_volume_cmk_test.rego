package srm.aws.ebs.sensitive_volume_cmk_test

import data.srm.aws.ebs.sensitive_volume_cmk as policy

volume(values) := {
	"address": "aws_ebs_volume.data", "type": "aws_ebs_volume", "name": "data",
	"mode": "managed", "file": "main.tf", "values": object.union({"availability_zone": "eu-west-1a", "size": 100}, values), "references": {},
}

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_ebs_volume": [volume(values)]}}

confidential := {"tags": {"data-classification": "confidential"}}

test_sensitive_volume_without_cmk_is_reported if {
	findings := policy.deny with input as doc(object.union(confidential, {"encrypted": true}))
	{f.path | some f in findings} == {["kms_key_id"]}
	count(policy.deny) == 1 with input as doc(object.union(confidential, {"encrypted": true, "kms_key_id": "alias/aws/ebs"}))
	count(policy.deny) == 1 with input as doc(confidential)
}

test_cmk_passes if {
	count(policy.deny) == 0 with input as doc(object.union(confidential, {"encrypted": true, "kms_key_id": "${aws_kms_key.ebs.arn}"}))
	count(policy.deny) == 0 with input as doc(object.union(confidential, {"encrypted": true, "kms_key_id": "${var.kms_key_arn}"}))
}

test_snapshot_default_key_and_unclassified_are_not_judged if {
	count(policy.deny) == 0 with input as doc(object.union(confidential, {"snapshot_id": "snap-1"}))
	count(policy.deny) == 0 with input as doc({"encrypted": true})
	default_key := {"format": "terraform", "module": ".", "resources": {
		"aws_ebs_volume": [volume(object.union(confidential, {"encrypted": true}))],
		"aws_ebs_default_kms_key": [{"address": "aws_ebs_default_kms_key.this", "type": "aws_ebs_default_kms_key", "name": "this", "mode": "managed", "file": "main.tf", "values": {"key_arn": "${aws_kms_key.ebs.arn}"}, "references": {}}],
	}}
	count(policy.deny) == 0 with input as default_key
}
