package srm.azure.appservice.http_logs_test

import data.srm.azure.appservice.http_logs as policy

app(values) := {
	"address": "azurerm_linux_web_app.main", "type": "azurerm_linux_web_app", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app-main", "service_plan_id": "${azurerm_service_plan.main.id}"}, values),
}

setting(target, logs) := {
	"address": "azurerm_monitor_diagnostic_setting.app", "type": "azurerm_monitor_diagnostic_setting", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {"target_resource_id": [target]},
	"values": {"name": "app-logs", "target_resource_id": sprintf("${%s.id}", [target]), "enabled_log": logs},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

paths(resources) := result if {
	result := {[f.resource, f.path] | some f in policy.deny} with input as doc(resources)
}

test_no_logging_reported if {
	paths({"azurerm_linux_web_app": [app({})]}) == {["azurerm_linux_web_app.main", ["logs"]]}
	paths({"azurerm_linux_web_app": [app({"logs": [{"detailed_error_messages": true}]})]}) == {["azurerm_linux_web_app.main", ["logs", 0, "http_logs"]]}
}

test_setting_without_http_logs_reported if {
	paths({
		"azurerm_linux_web_app": [app({})],
		"azurerm_monitor_diagnostic_setting": [setting("azurerm_linux_web_app.main", [{"category": "AppServiceConsoleLogs"}])],
	}) == {["azurerm_linux_web_app.main", ["logs"]]}
	paths({
		"azurerm_linux_web_app": [app({})],
		"azurerm_monitor_diagnostic_setting": [setting("azurerm_linux_web_app.other", [{"category": "AppServiceHTTPLogs"}])],
	}) == {["azurerm_linux_web_app.main", ["logs"]]}
}

test_http_logging_passes if {
	count(paths({"azurerm_linux_web_app": [app({"logs": [{"http_logs": [{"file_system": [{"retention_in_days": 30, "retention_in_mb": 100}]}]}]})]})) == 0
	count(paths({
		"azurerm_linux_web_app": [app({})],
		"azurerm_monitor_diagnostic_setting": [setting("azurerm_linux_web_app.main", [{"category": "AppServiceHTTPLogs"}])],
	})) == 0
	count(paths({
		"azurerm_linux_web_app": [app({})],
		"azurerm_monitor_diagnostic_setting": [setting("azurerm_linux_web_app.main", [{"category_group": "allLogs"}])],
	})) == 0
}

test_unresolved_category_not_judged if {
	count(paths({
		"azurerm_linux_web_app": [app({})],
		"azurerm_monitor_diagnostic_setting": [setting("azurerm_linux_web_app.main", [{"category": "${each.value}"}])],
	})) == 0
}

test_applies_to_apps_only if {
	policy.applies == {"azurerm_linux_web_app.main"} with input as doc({
		"azurerm_linux_web_app": [app({})],
		"azurerm_monitor_diagnostic_setting": [setting("azurerm_linux_web_app.main", [{"category": "AppServiceHTTPLogs"}])],
	})
}
