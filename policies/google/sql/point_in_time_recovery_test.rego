package srm.google.sql.point_in_time_recovery_test

import data.srm.google.sql.point_in_time_recovery as policy

doc(version, settings) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": version, "settings": [object.union({"tier": "db-f1-micro"}, settings)]},
}]}}

test_postgres_without_pitr_is_reported if {
	findings := policy.deny with input as doc("POSTGRES_15", {"backup_configuration": [{"enabled": true}]})
	{f.path | some f in findings} == {["settings", 0, "backup_configuration", 0, "point_in_time_recovery_enabled"]}
	count(policy.deny) == 1 with input as doc("SQLSERVER_2019_STANDARD", {"backup_configuration": [{"enabled": true, "point_in_time_recovery_enabled": false}]})
}

test_mysql_without_binary_log_is_reported if {
	findings := policy.deny with input as doc("MYSQL_8_0", {"backup_configuration": [{"enabled": true, "binary_log_enabled": false}]})
	{f.path | some f in findings} == {["settings", 0, "backup_configuration", 0, "binary_log_enabled"]}
}

test_pitr_on_passes if {
	count(policy.deny) == 0 with input as doc("POSTGRES_15", {"backup_configuration": [{"enabled": true, "point_in_time_recovery_enabled": true}]})
	count(policy.deny) == 0 with input as doc("MYSQL_8_0", {"backup_configuration": [{"enabled": true, "binary_log_enabled": true}]})
	count(policy.deny) == 0 with input as doc("MYSQL_8_0", {"backup_configuration": [{"enabled": true, "binary_log_enabled": "${var.binlog}"}]})
	count(policy.deny) == 0 with input as doc("POSTGRES_15", {"edition": "ENTERPRISE_PLUS", "backup_configuration": [{"enabled": true}]})
}

test_no_backups_or_unknown_version_not_judged if {
	count(policy.deny) == 0 with input as doc("POSTGRES_15", {"backup_configuration": [{"enabled": false}]})
	count(policy.deny) == 0 with input as doc("POSTGRES_15", {})
	count(policy.deny) == 0 with input as doc("${var.version}", {"backup_configuration": [{"enabled": true}]})
}

test_fix_turns_point_in_time_recovery_on if {
	postgres := policy.deny with input as doc("POSTGRES_15", {"backup_configuration": [{"enabled": true}]})
	{f.fix | some f in postgres} == {[{"set": ["settings", 0, "backup_configuration", 0, "point_in_time_recovery_enabled"], "value": true}]}
	mysql := policy.deny with input as doc("MYSQL_8_0", {"backup_configuration": [{"enabled": true, "binary_log_enabled": false}]})
	{f.fix | some f in mysql} == {[{"set": ["settings", 0, "backup_configuration", 0, "binary_log_enabled"], "value": true}]}
}
