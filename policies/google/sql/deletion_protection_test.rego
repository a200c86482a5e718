package srm.google.sql.deletion_protection_test

import data.srm.google.sql.deletion_protection as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "db", "database_version": "POSTGRES_15", "settings": [{"tier": "db-f1-micro"}]}, values),
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"deletion_protection": false})
	{f.path | some f in findings} == {["deletion_protection"]}
	count(policy.deny) == 1 with input as doc({"deletion_protection": "false", "settings": [{"tier": "db-f1-micro", "deletion_protection_enabled": false}]})
}

test_default_enabled_or_api_protection_pass if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"deletion_protection": true})
	count(policy.deny) == 0 with input as doc({"deletion_protection": "${var.protect}"})
	count(policy.deny) == 0 with input as doc({"deletion_protection": false, "settings": [{"tier": "db-f1-micro", "deletion_protection_enabled": true}]})
}

test_fix_turns_deletion_protection_on if {
	findings := policy.deny with input as doc({"deletion_protection": false})
	{f.fix | some f in findings} == {[{"set": ["deletion_protection"], "value": true}]}
}
