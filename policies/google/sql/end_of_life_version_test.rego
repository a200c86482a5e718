package srm.google.sql.end_of_life_version_test

import data.srm.google.sql.end_of_life_version as policy

instance(version) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "region": "europe-west1", "database_version": version, "settings": [{"tier": "db-custom-2-7680"}]},
}]}}

test_end_of_life_versions_are_reported if {
	findings := policy.deny with input as instance("MYSQL_5_7")
	{f.path | some f in findings} == {["database_version"]}
	count(policy.deny) == 1 with input as instance("POSTGRES_12")
	count(policy.deny) == 1 with input as instance("MYSQL_8_0_31")
	count(policy.deny) == 1 with input as instance("POSTGRES_9_6")
}

test_supported_versions_pass if {
	count(policy.deny) == 0 with input as instance("MYSQL_8_4")
	count(policy.deny) == 0 with input as instance("POSTGRES_16")
	count(policy.deny) == 0 with input as instance("POSTGRES_17")
	count(policy.deny) == 0 with input as instance("SQLSERVER_2022_STANDARD")
}

test_unresolved_is_unknown if {
	d := instance("${var.database_version}")
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_sql_database_instance.db", "path": ["database_version"]}} with input as d
}
