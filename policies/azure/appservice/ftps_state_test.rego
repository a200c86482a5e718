package srm.azure.appservice.ftps_state_test

import data.srm.azure.appservice.ftps_state as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app", "https_only": true}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_all_allowed_reported if {
	every type in policy.app_types {
		paths(app(type, {"site_config": [{"ftps_state": "AllAllowed"}]})) == {["site_config", 0, "ftps_state"]}
	}
}

test_legacy_default_reported if {
	paths(app("azurerm_app_service", {"site_config": [{"always_on": true}]})) == {["site_config", 0, "ftps_state"]}
	paths(app("azurerm_function_app", {})) == {["site_config"]}
}

test_secure_states_and_modern_defaults_pass if {
	count(paths(app("azurerm_linux_web_app", {"site_config": [{}]}))) == 0
	count(paths(app("azurerm_windows_function_app", {}))) == 0
	count(paths(app("azurerm_app_service", {"site_config": [{"ftps_state": "FtpsOnly"}]}))) == 0
	count(paths(app("azurerm_function_app", {"site_config": [{"ftps_state": "Disabled"}]}))) == 0
	count(paths(app("azurerm_app_service", {"site_config": [{"ftps_state": "${var.ftps}"}]}))) == 0
}

fixes(doc) := result if {
	result := {f.fix | some f in policy.deny} with input as doc
}

test_fix_disables_ftp if {
	fixes(app("azurerm_linux_web_app", {"site_config": [{"ftps_state": "AllAllowed"}]})) == {[{"set": ["site_config", 0, "ftps_state"], "value": "Disabled"}]}
	fixes(app("azurerm_app_service", {"site_config": [{"always_on": true}]})) == {[{"set": ["site_config", 0, "ftps_state"], "value": "Disabled"}]}
	fixes(app("azurerm_function_app", {})) == {[{"set": ["site_config", 0, "ftps_state"], "value": "Disabled"}]}
}
