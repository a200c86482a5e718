package srm.google.sql.backup_retention_test

import data.srm.google.sql.backup_retention as policy

instance(extra, retention) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db", "mode": "managed", "file": "main.tf",
	"values": object.union({"name": "db", "database_version": "POSTGRES_16", "settings": [{
		"tier": "db-custom-2-7680",
		"backup_configuration": [object.union({"enabled": true}, retention)],
	}]}, extra),
	"references": {},
}]}}

test_week_or_more_passes if {
	count(policy.deny) == 0 with input as instance({}, {"backup_retention_settings": [{"retained_backups": 7, "retention_unit": "COUNT"}]})
	count(policy.deny) == 0 with input as instance({}, {"backup_retention_settings": [{"retained_backups": 30}]})
}

test_default_not_reported if {
	count(policy.deny) == 0 with input as instance({}, {})
	count(policy.deny) == 0 with input as instance({}, {"backup_retention_settings": [{"retention_unit": "COUNT"}]})
}

test_unresolved_value_not_reported if {
	count(policy.deny) == 0 with input as instance({}, {"backup_retention_settings": [{"retained_backups": "${var.retained_backups}"}]})
}

test_replica_ignored if {
	count(policy.deny) == 0 with input as instance({"master_instance_name": "primary"}, {"backup_retention_settings": [{"retained_backups": 1}]})
}

test_short_retention_reported if {
	findings := policy.deny with input as instance({}, {"backup_retention_settings": [{"retained_backups": 3}]})
	{[f.resource, f.path] | some f in findings} == {["google_sql_database_instance.db", ["settings", 0, "backup_configuration", 0, "backup_retention_settings", 0, "retained_backups"]]}
	count(policy.deny) == 1 with input as instance({}, {"backup_retention_settings": [{"retained_backups": "6"}]})
}
