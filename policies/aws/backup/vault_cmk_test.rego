package srm.aws.backup.vault_cmk_test

import data.srm.aws.backup.vault_cmk as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"aws_backup_vault": [{
	"address": "aws_backup_vault.main", "type": "aws_backup_vault", "name": "main",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "main"}, values), "references": {},
}]}}

test_default_key_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["kms_key_arn"]}
	count(policy.deny) == 1 with input as doc({"kms_key_arn": "alias/aws/backup"})
}

test_cmk_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"kms_key_arn": "${aws_kms_key.backup.arn}"})
	count(policy.deny) == 0 with input as doc({"kms_key_arn": "${var.key}"})
}
