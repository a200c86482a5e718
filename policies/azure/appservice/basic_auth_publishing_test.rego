package srm.azure.appservice.basic_auth_publishing_test

import data.srm.azure.appservice.basic_auth_publishing as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app-main", "service_plan_id": "${azurerm_service_plan.main.id}"}, values),
}]}}

paths(type, values) := result if {
	result := {f.path | some f in policy.deny} with input as app(type, values)
}

test_missing_webdeploy_reported if {
	paths("azurerm_linux_web_app", {"site_config": [{}]}) == {["webdeploy_publish_basic_authentication_enabled"]}
	paths("azurerm_windows_function_app", {}) == {["webdeploy_publish_basic_authentication_enabled"]}
}

test_enabled_reported if {
	paths("azurerm_windows_web_app", {"webdeploy_publish_basic_authentication_enabled": true}) == {["webdeploy_publish_basic_authentication_enabled"]}
	paths("azurerm_linux_function_app", {"webdeploy_publish_basic_authentication_enabled": "true"}) == {["webdeploy_publish_basic_authentication_enabled"]}
}

test_ftp_judged_only_when_ftp_on if {
	values := {"webdeploy_publish_basic_authentication_enabled": false, "site_config": [{"ftps_state": "FtpsOnly"}]}
	paths("azurerm_linux_web_app", values) == {["ftp_publish_basic_authentication_enabled"]}
	paths("azurerm_linux_web_app", object.union(values, {"ftp_publish_basic_authentication_enabled": true})) == {["ftp_publish_basic_authentication_enabled"]}
	count(paths("azurerm_linux_web_app", object.union(values, {"ftp_publish_basic_authentication_enabled": false}))) == 0
	count(paths("azurerm_linux_web_app", {"webdeploy_publish_basic_authentication_enabled": false, "ftp_publish_basic_authentication_enabled": true, "site_config": [{"ftps_state": "Disabled"}]})) == 0
}

test_disabled_or_unresolved_passes if {
	count(paths("azurerm_linux_web_app", {"webdeploy_publish_basic_authentication_enabled": false})) == 0
	count(paths("azurerm_windows_function_app", {"webdeploy_publish_basic_authentication_enabled": "${var.basic_auth}"})) == 0
}

test_fix_turns_basic_authentication_off if {
	findings := policy.deny with input as app("azurerm_linux_web_app", {"webdeploy_publish_basic_authentication_enabled": true, "site_config": [{"ftps_state": "FtpsOnly"}]})
	{f.fix | some f in findings} == {
		[{"set": ["webdeploy_publish_basic_authentication_enabled"], "value": false}],
		[{"set": ["ftp_publish_basic_authentication_enabled"], "value": false}],
	}
}
