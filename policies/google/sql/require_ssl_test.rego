package srm.google.sql.require_ssl_test

import data.srm.google.sql.require_ssl as policy

doc(settings) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": "POSTGRES_15", "settings": [object.union({"tier": "db-f1-micro"}, settings)]},
}]}}

prefix := ["settings", 0, "ip_configuration", 0]

test_weak_ssl_mode_is_reported if {
	findings := policy.deny with input as doc({"ip_configuration": [{"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]})
	{f.path | some f in findings} == {array.concat(prefix, ["ssl_mode"])}
}

test_require_ssl_false_is_reported if {
	findings := policy.deny with input as doc({"ip_configuration": [{"require_ssl": false}]})
	{f.path | some f in findings} == {array.concat(prefix, ["require_ssl"])}
}

test_omitted_is_reported if {
	findings := policy.deny with input as doc({"ip_configuration": [{"ipv4_enabled": false}]})
	{f.path | some f in findings} == {array.concat(prefix, ["ssl_mode"])}
	findings2 := policy.deny with input as doc({})
	{f.path | some f in findings2} == {["settings", 0, "ip_configuration"]}
}

test_enforced_passes if {
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]})
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"ssl_mode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}]})
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"require_ssl": true}]})
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"ssl_mode": "${var.ssl_mode}"}]})
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"require_ssl": "${var.require_ssl}"}]})
}

versioned(version, ip) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": version, "settings": [{"tier": "db-f1-micro", "ip_configuration": [ip]}]},
}]}}

fixes(input_doc) := result if {
	result := {f.fix | some f in policy.deny} with input as input_doc
}

test_fix_requires_encryption if {
	fixes(doc({"ip_configuration": [{"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]})) == {[{"set": array.concat(prefix, ["ssl_mode"]), "value": "ENCRYPTED_ONLY"}]}
	fixes(doc({"ip_configuration": [{"ipv4_enabled": false}]})) == {[{"set": array.concat(prefix, ["ssl_mode"]), "value": "ENCRYPTED_ONLY"}]}
	fixes(doc({})) == {[{"set": ["settings", 0, "ip_configuration", 0, "ssl_mode"], "value": "ENCRYPTED_ONLY"}]}
}

test_fix_keeps_require_ssl_paired_with_ssl_mode if {
	# MySQL/PostgreSQL: require_ssl = false goes with ENCRYPTED_ONLY.
	fixes(versioned("MYSQL_8_0", {"require_ssl": false})) == {[{"set": array.concat(prefix, ["ssl_mode"]), "value": "ENCRYPTED_ONLY"}]}
	fixes(versioned("POSTGRES_15", {"require_ssl": true, "ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"})) == {[
		{"set": array.concat(prefix, ["ssl_mode"]), "value": "ENCRYPTED_ONLY"},
		{"set": array.concat(prefix, ["require_ssl"]), "value": false},
	]}
	# SQL Server: require_ssl = true goes with ENCRYPTED_ONLY.
	fixes(versioned("SQLSERVER_2022_STANDARD", {"require_ssl": "false"})) == {[
		{"set": array.concat(prefix, ["ssl_mode"]), "value": "ENCRYPTED_ONLY"},
		{"set": array.concat(prefix, ["require_ssl"]), "value": true},
	]}
}
