package srm.aws.tagging.data_classification_tag_test

import data.srm.aws.tagging.data_classification_tag as policy

res(type, values) := {
	"address": sprintf("%s.this", [type]), "type": type, "name": "this",
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [res(type, values)]}}

test_classified_data_stores_pass if {
	count(policy.deny) == 0 with input as doc("aws_s3_bucket", {"tags": {"data-classification": "internal"}})
	count(policy.deny) == 0 with input as doc("aws_db_instance", {"tags": {"DataClassification": "restricted", "Owner": "x"}})
	count(policy.deny) == 0 with input as doc("aws_dynamodb_table", {"tags": "${local.tags}"})
	count(policy.deny) == 0 with input as doc("aws_ebs_volume", {"tags": {"${var.classification_key}": "internal"}})
}

test_missing_tags_reported if {
	every type in ["aws_s3_bucket", "aws_db_instance", "aws_rds_cluster", "aws_dynamodb_table", "aws_ebs_volume", "aws_efs_file_system", "aws_elasticache_replication_group"] {
		findings := policy.deny with input as doc(type, {"name": "x"})
		{[f.resource, f.path] | some f in findings} == {[sprintf("%s.this", [type]), ["tags"]]}
	}
}

test_tags_without_classification_reported if {
	findings := policy.deny with input as doc("aws_efs_file_system", {"tags": {"Name": "shared", "classification": "x"}})
	{f.path | some f in findings} == {["tags"]}
}

test_other_types_ignored if {
	count(policy.deny) == 0 with input as doc("aws_instance", {"ami": "ami-123"})
}

test_provider_default_tags if {
	covered := object.union(doc("aws_s3_bucket", {"bucket": "b"}), {"providers": [{"name": "aws", "values": {
		"region": "eu-west-1", "default_tags": [{"tags": {"data-classification": "internal"}}],
	}}]})
	count(policy.deny) == 0 with input as covered
	unknown := object.union(doc("aws_s3_bucket", {"bucket": "b"}), {"providers": [{"name": "aws", "values": {
		"default_tags": [{"tags": "${local.default_tags}"}],
	}}]})
	count(policy.deny) == 0 with input as unknown
	other := object.union(doc("aws_s3_bucket", {"bucket": "b"}), {"providers": [{"name": "aws", "values": {
		"default_tags": [{"tags": {"Owner": "team"}}],
	}}]})
	count(policy.deny) == 1 with input as other
}
