package srm.azure.database.min_tls_test

import data.srm.azure.database.min_tls as policy

res(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {}, "values": values,
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_single_server_weak_tls_reported if {
	paths(res("azurerm_postgresql_server", {"ssl_minimal_tls_version_enforced": "TLS1_1"})) == {["ssl_minimal_tls_version_enforced"]}
	paths(res("azurerm_mysql_server", {"ssl_minimal_tls_version_enforced": "TLSEnforcementDisabled"})) == {["ssl_minimal_tls_version_enforced"]}
	paths(res("azurerm_mariadb_server", {"ssl_minimal_tls_version_enforced": "TLS1_0"})) == {["ssl_minimal_tls_version_enforced"]}
}

test_flexible_weak_tls_reported if {
	paths(res("azurerm_postgresql_flexible_server_configuration", {"name": "ssl_min_protocol_version", "value": "TLSv1.1"})) == {["value"]}
	paths(res("azurerm_mysql_flexible_server_configuration", {"name": "tls_version", "value": "TLSv1.1,TLSv1.2"})) == {["value"]}
}

test_tls12_and_defaults_pass if {
	count(paths(res("azurerm_postgresql_server", {"ssl_enforcement_enabled": true}))) == 0
	count(paths(res("azurerm_postgresql_server", {"ssl_minimal_tls_version_enforced": "TLS1_2"}))) == 0
	count(paths(res("azurerm_postgresql_flexible_server_configuration", {"name": "ssl_min_protocol_version", "value": "TLSv1.2"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server_configuration", {"name": "tls_version", "value": "TLSv1.2,TLSv1.3"}))) == 0
	count(paths(res("azurerm_mysql_flexible_server_configuration", {"name": "tls_version", "value": "${var.tls}"}))) == 0
	count(paths(res("azurerm_mysql_server", {"ssl_minimal_tls_version_enforced": "${var.tls}"}))) == 0
}

fixes(doc) := result if {
	result := {f.fix | some f in policy.deny} with input as doc
}

test_fix_keeps_only_strong_versions if {
	fixes(res("azurerm_postgresql_server", {"ssl_minimal_tls_version_enforced": "TLSEnforcementDisabled"})) == {[{"set": ["ssl_minimal_tls_version_enforced"], "value": "TLS1_2"}]}
	fixes(res("azurerm_postgresql_flexible_server_configuration", {"name": "ssl_min_protocol_version", "value": "TLSv1.1"})) == {[{"set": ["value"], "value": "TLSv1.2"}]}
	fixes(res("azurerm_mysql_flexible_server_configuration", {"name": "tls_version", "value": "TLSv1, TLSv1.1,TLSv1.2,TLSv1.3"})) == {[{"set": ["value"], "value": "TLSv1.2,TLSv1.3"}]}
	fixes(res("azurerm_mysql_flexible_server_configuration", {"name": "tls_version", "value": "TLSv1.1"})) == {[{"set": ["value"], "value": "TLSv1.2"}]}
}
