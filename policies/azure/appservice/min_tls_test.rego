package srm.azure.appservice.min_tls_test

import data.srm.azure.appservice.min_tls as policy

app(type, site_config) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "app", "https_only": true, "site_config": [site_config]},
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_old_tls_reported if {
	paths(app("azurerm_linux_web_app", {"minimum_tls_version": "1.0"})) == {["site_config", 0, "minimum_tls_version"]}
	paths(app("azurerm_windows_function_app", {"scm_minimum_tls_version": "1.1"})) == {["site_config", 0, "scm_minimum_tls_version"]}
	paths(app("azurerm_app_service", {"min_tls_version": "1.1"})) == {["site_config", 0, "min_tls_version"]}
	paths(app("azurerm_function_app", {"min_tls_version": 1.1})) == {["site_config", 0, "min_tls_version"]}
}

test_default_and_current_tls_pass if {
	count(paths(app("azurerm_linux_web_app", {}))) == 0
	count(paths(app("azurerm_linux_web_app", {"minimum_tls_version": "1.2", "scm_minimum_tls_version": "1.3"}))) == 0
	count(paths(app("azurerm_app_service", {"min_tls_version": "${var.tls}"}))) == 0
}

test_fix_raises_each_reported_version_to_1_2 if {
	findings := policy.deny with input as app("azurerm_linux_web_app", {"minimum_tls_version": "1.0", "scm_minimum_tls_version": 1.1})
	{f.fix | some f in findings} == {
		[{"set": ["site_config", 0, "minimum_tls_version"], "value": "1.2"}],
		[{"set": ["site_config", 0, "scm_minimum_tls_version"], "value": "1.2"}],
	}
}
