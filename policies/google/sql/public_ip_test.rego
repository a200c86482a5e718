package srm.google.sql.public_ip_test

import data.srm.google.sql.public_ip as policy

doc(settings) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": "MYSQL_8_0", "settings": [object.union({"tier": "db-f1-micro"}, settings)]},
}]}}

test_explicit_public_ip_is_reported if {
	findings := policy.deny with input as doc({"ip_configuration": [{"ipv4_enabled": true}]})
	{f.path | some f in findings} == {["settings", 0, "ip_configuration", 0, "ipv4_enabled"]}
}

test_default_public_ip_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["settings", 0, "ip_configuration"]}
	count(policy.deny) == 1 with input as doc({"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]})
}

test_private_only_passes if {
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"ipv4_enabled": false, "private_network": "${google_compute_network.main.id}"}]})
	count(policy.deny) == 0 with input as doc({"ip_configuration": [{"ipv4_enabled": "${var.public}"}]})
}
