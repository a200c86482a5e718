package srm.aws.rds.engine_end_of_support_test

import data.srm.aws.rds.engine_end_of_support as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.db", [type]), "type": type, "name": "db", "mode": "managed", "file": "main.tf",
	"values": values, "references": {},
}]}}

reported(type, values) if count(policy.deny) == 1 with input as doc(type, values)

passes(type, values) if count(policy.deny) == 0 with input as doc(type, values)

test_rds_versions_past_standard_support_are_reported if {
	findings := policy.deny with input as doc("aws_db_instance", {"engine": "postgres", "engine_version": "13.15"})
	{f.path | some f in findings} == {["engine_version"]}
	reported("aws_db_instance", {"engine": "mysql", "engine_version": "5.7.44"})
	reported("aws_db_instance", {"engine": "mysql", "engine_version": "8.0"})
	reported("aws_db_instance", {"engine": "mariadb", "engine_version": "10.5.27"})
	reported("aws_db_instance", {"engine": "postgres", "engine_version": "9.5.25"})
	reported("aws_rds_cluster", {"engine": "aurora-mysql", "engine_version": "5.7.mysql_aurora.2.11.2"})
	reported("aws_rds_cluster", {"engine": "aurora-postgresql", "engine_version": "12.22"})
	reported("aws_rds_cluster", {"engine": "aurora-postgresql", "engine_version": "10.21"})
	reported("aws_rds_cluster", {"engine": "aurora", "engine_version": "5.6.10a"})
}

test_rds_supported_versions_pass if {
	passes("aws_db_instance", {"engine": "postgres", "engine_version": "16.4"})
	passes("aws_db_instance", {"engine": "postgres", "engine_version": "17"})
	passes("aws_db_instance", {"engine": "mysql", "engine_version": "8.4.3"})
	passes("aws_db_instance", {"engine": "mariadb", "engine_version": "10.11.9"})
	passes("aws_db_instance", {"engine": "mariadb", "engine_version": "10.6.19"})
	passes("aws_rds_cluster", {"engine": "aurora-mysql", "engine_version": "8.0.mysql_aurora.3.08.0"})
	passes("aws_db_instance", {"engine": "postgres"})
	passes("aws_db_instance", {"engine": "oracle-ee", "engine_version": "19.0.0.0.ru-2024-10.rur-2024-10.r1"})
	passes("aws_db_instance", {"engine": "sqlserver-se", "engine_version": "15.00.4385.2.v1"})
	passes("aws_db_instance", {"replicate_source_db": "primary"})
}

test_elasticache_is_left_to_its_own_policy if {
	passes("aws_elasticache_replication_group", {"engine": "redis", "engine_version": "4.0.10"})
}

test_opensearch_versions_are_judged if {
	findings := policy.deny with input as doc("aws_opensearch_domain", {"domain_name": "logs", "engine_version": "OpenSearch_1.2"})
	{f.path | some f in findings} == {["engine_version"]}
	reported("aws_opensearch_domain", {"engine_version": "Elasticsearch_7.7"})
	reported("aws_opensearch_domain", {"engine_version": "OpenSearch_2.9"})
	passes("aws_opensearch_domain", {"engine_version": "OpenSearch_2.19"})
	passes("aws_opensearch_domain", {"engine_version": "OpenSearch_3.1"})
	passes("aws_opensearch_domain", {"engine_version": "Elasticsearch_7.10"})
	passes("aws_opensearch_domain", {})
}

test_elasticsearch_domain_default_version_is_reported if {
	findings := policy.deny with input as doc("aws_elasticsearch_domain", {"domain_name": "legacy"})
	{f.path | some f in findings} == {["elasticsearch_version"]}
	reported("aws_elasticsearch_domain", {"elasticsearch_version": "6.4"})
	passes("aws_elasticsearch_domain", {"elasticsearch_version": "7.10"})
}

test_applies_to_engines_with_a_calendar if {
	policy.applies == {"aws_db_instance.db"} with input as doc("aws_db_instance", {"engine": "postgres", "engine_version": "16.4"})
	count(policy.applies) == 0 with input as doc("aws_db_instance", {"engine": "oracle-ee", "engine_version": "19"})
}

test_unresolved_is_unknown_not_reported if {
	passes("aws_db_instance", {"engine": "postgres", "engine_version": "${var.postgres_version}"})
	passes("aws_opensearch_domain", {"engine_version": "${var.engine_version}"})
	count(policy.unknown) == 1 with input as doc("aws_db_instance", {"engine": "postgres", "engine_version": "${var.postgres_version}"})
	count(policy.unknown) == 1 with input as doc("aws_db_instance", {"engine": "${var.engine}", "engine_version": "13.4"})
	count(policy.unknown) == 1 with input as doc("aws_opensearch_domain", {"engine_version": "${var.engine_version}"})
	count(policy.unknown) == 0 with input as doc("aws_db_instance", {"engine": "postgres", "engine_version": "16.4"})
}
