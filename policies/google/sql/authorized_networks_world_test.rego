package srm.google.sql.authorized_networks_world_test

import data.srm.google.sql.authorized_networks_world as policy

doc(ip) := {"format": "terraform", "module": ".", "resources": {"google_sql_database_instance": [{
	"address": "google_sql_database_instance.db", "type": "google_sql_database_instance", "name": "db",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "db", "database_version": "POSTGRES_15", "settings": [{"tier": "db-f1-micro", "ip_configuration": [ip]}]},
}]}}

test_world_network_is_reported if {
	findings := policy.deny with input as doc({"authorized_networks": [{"name": "office", "value": "203.0.113.0/24"}, {"name": "all", "value": "0.0.0.0/0"}]})
	{f.path | some f in findings} == {["settings", 0, "ip_configuration", 0, "authorized_networks", 1, "value"]}
}

test_world_network_with_public_ip_off_is_still_reported if {
	findings := policy.deny with input as doc({"ipv4_enabled": false, "authorized_networks": [{"value": "0.0.0.0/0"}]})
	count(findings) == 1
	some f in findings
	contains(f.msg, "currently disabled")
}

test_restricted_networks_pass if {
	count(policy.deny) == 0 with input as doc({"authorized_networks": [{"name": "office", "value": "203.0.113.0/24"}]})
	count(policy.deny) == 0 with input as doc({"authorized_networks": [{"name": "office", "value": "${var.office_cidr}"}]})
	count(policy.deny) == 0 with input as doc({"ipv4_enabled": false, "private_network": "${google_compute_network.main.id}"})
}
