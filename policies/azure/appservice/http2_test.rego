package srm.azure.appservice.http2_test

import data.srm.azure.appservice.http2 as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app", "https_only": true}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_http2_off_reported if {
	paths(app("azurerm_linux_web_app", {"site_config": [{}]})) == {["site_config", 0, "http2_enabled"]}
	paths(app("azurerm_windows_web_app", {"site_config": [{"http2_enabled": false}]})) == {["site_config", 0, "http2_enabled"]}
	paths(app("azurerm_app_service", {})) == {["site_config"]}
}

test_http2_on_passes if {
	count(paths(app("azurerm_linux_web_app", {"site_config": [{"http2_enabled": true}]}))) == 0
	count(paths(app("azurerm_app_service", {"site_config": {"http2_enabled": "${var.http2}"}}))) == 0
}

fixes(doc) := result if {
	result := {f.fix | some f in policy.deny} with input as doc
}

test_fix_enables_http2 if {
	fixes(app("azurerm_linux_web_app", {"site_config": [{"http2_enabled": false}]})) == {[{"set": ["site_config", 0, "http2_enabled"], "value": true}]}
	fixes(app("azurerm_windows_web_app", {"site_config": [{}]})) == {[{"set": ["site_config", 0, "http2_enabled"], "value": true}]}
	fixes(app("azurerm_app_service", {})) == {[{"set": ["site_config", 0, "http2_enabled"], "value": true}]}
}
