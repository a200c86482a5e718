package srm.azure.database.sensitive_cmk_test

import data.srm.azure.database.sensitive_cmk as policy

server(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "db-acme", "sku_name": "GP_Standard_D2ds_v4"}, values),
}]}}

confidential := {"tags": {"data-classification": "confidential"}}

paths(type, values) := result if {
	result := {f.path | some f in policy.deny} with input as server(type, values)
}

test_confidential_without_key_reported if {
	paths("azurerm_postgresql_flexible_server", confidential) == {["customer_managed_key"]}
	paths("azurerm_mysql_flexible_server", {"tags": {"DataClassification": "Restricted"}}) == {["customer_managed_key"]}
}

test_key_set_passes if {
	cmk := {"customer_managed_key": [{"key_vault_key_id": "${azurerm_key_vault_key.db.id}", "primary_user_assigned_identity_id": "${azurerm_user_assigned_identity.db.id}"}]}
	count(paths("azurerm_postgresql_flexible_server", object.union(confidential, cmk))) == 0
	count(paths("azurerm_mysql_flexible_server", object.union(confidential, {"customer_managed_key": [{"managed_hsm_key_id": "${var.hsm_key}"}]}))) == 0
}

test_other_classes_not_judged if {
	count(paths("azurerm_postgresql_flexible_server", {})) == 0
	count(paths("azurerm_mysql_flexible_server", {"tags": {"data-classification": "internal"}})) == 0
	policy.applies == set() with input as server("azurerm_mysql_flexible_server", {})
	policy.applies == {"azurerm_mysql_flexible_server.main"} with input as server("azurerm_mysql_flexible_server", confidential)
}
