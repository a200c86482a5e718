package srm.aws.msk.sensitive_cluster_cmk_test

import data.srm.aws.msk.sensitive_cluster_cmk as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_msk_cluster": [{
	"address": "aws_msk_cluster.payments", "type": "aws_msk_cluster", "name": "payments", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_name": "payments", "kafka_version": "3.8.x", "tags": {"data-classification": "confidential"}}, values), "references": {},
}]}}

test_confidential_cluster_without_cmk_is_reported if {
	findings := policy.deny with input as cluster({})
	{f.path | some f in findings} == {["encryption_info", 0, "encryption_at_rest_kms_key_arn"]}
	count(policy.deny) == 1 with input as cluster({"encryption_info": [{"encryption_in_transit": [{"client_broker": "TLS"}]}]})
	count(policy.deny) == 1 with input as cluster({"encryption_info": [{"encryption_at_rest_kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:alias/aws/kafka"}]})
}

test_cmk_and_unclassified_pass if {
	count(policy.deny) == 0 with input as cluster({"encryption_info": [{"encryption_at_rest_kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}]})
	count(policy.deny) == 0 with input as cluster({"tags": {"data-classification": "internal"}})
}

test_applies_only_to_confidential_clusters if {
	policy.applies == {"aws_msk_cluster.payments"} with input as cluster({})
	count(policy.applies) == 0 with input as cluster({"tags": {"data-classification": "public"}})
}

test_unresolved_key_is_unknown_not_reported if {
	doc := cluster({"encryption_info": [{"encryption_at_rest_kms_key_arn": "${var.kms_key_arn}"}]})
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
}
