package srm.aws.efs.encryption_test

import data.srm.aws.efs.encryption as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_efs_file_system": [{
	"address": "aws_efs_file_system.shared", "type": "aws_efs_file_system", "name": "shared",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}]}}

test_explicitly_unencrypted_is_reported if {
	findings := policy.deny with input as doc({"creation_token": "shared", "encrypted": false})
	{[f.resource, f.path] | some f in findings} == {["aws_efs_file_system.shared", ["encrypted"]]}
}

test_omitted_is_reported if {
	findings := policy.deny with input as doc({"creation_token": "shared"})
	count(findings) == 1
	some f in findings
	contains(f.msg, "default false")
}

test_encrypted_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"encrypted": true, "kms_key_id": "${aws_kms_key.efs.arn}"})
	count(policy.deny) == 0 with input as doc({"encrypted": "true"})
	count(policy.deny) == 0 with input as doc({"encrypted": "${var.encrypted}"})
}

test_fix_encrypts_the_file_system if {
	every values in [{"creation_token": "shared", "encrypted": false}, {"creation_token": "shared"}] {
		findings := policy.deny with input as doc(values)
		{f.fix | some f in findings} == {[{"set": ["encrypted"], "value": true}]}
	}
}
