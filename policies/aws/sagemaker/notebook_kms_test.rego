package srm.aws.sagemaker.notebook_kms_test

import data.srm.aws.sagemaker.notebook_kms as policy

notebook(values) := {"format": "terraform", "module": ".", "resources": {"aws_sagemaker_notebook_instance": [{
	"address": "aws_sagemaker_notebook_instance.research", "type": "aws_sagemaker_notebook_instance", "name": "research",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "research", "role_arn": "${aws_iam_role.notebook.arn}", "instance_type": "ml.t3.medium"}, values),
}]}}

test_missing_key_reported if {
	findings := policy.deny with input as notebook({})
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_id"]
}

test_key_passes if {
	count(policy.deny) == 0 with input as notebook({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"})
}

test_unresolved_not_reported if {
	count(policy.deny) == 0 with input as notebook({"kms_key_id": "${var.kms_key_id}"})
}
