package srm.aws.redshift.confidential_cmk_test

import data.srm.aws.redshift.confidential_cmk as policy

cluster(values, class) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_cluster": [{
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus", "encrypted": true, "tags": {"data-classification": class}}, values),
}]}}

test_confidential_without_key_reported if {
	findings := policy.deny with input as cluster({}, "confidential")
	count(findings) == 1
	some f in findings
	f.path == ["kms_key_id"]
	contains(f.msg, "aws/redshift")
}

test_unencrypted_state_in_message if {
	some f in policy.deny with input as cluster({"encrypted": false}, "restricted")
	contains(f.msg, "not encrypted at rest")
}

test_aws_managed_alias_reported if {
	count(policy.deny) == 1 with input as cluster({"kms_key_id": "arn:aws:kms:eu-west-1:111122223333:alias/aws/redshift"}, "confidential")
}

test_customer_key_or_other_classes_pass if {
	count(policy.deny) == 0 with input as cluster({"kms_key_id": "${aws_kms_key.redshift.arn}"}, "confidential")
	count(policy.deny) == 0 with input as cluster({}, "internal")
	count(policy.applies) == 0 with input as cluster({}, "internal")
	policy.applies == {"aws_redshift_cluster.dw"} with input as cluster({}, "restricted")
}

test_restored_cluster_not_reported if {
	count(policy.deny) == 0 with input as cluster({"snapshot_identifier": "dw-final"}, "confidential")
}
