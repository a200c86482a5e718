package srm.azure.appservice.runtime_version_test

import data.srm.azure.appservice.runtime_version as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app-main", "service_plan_id": "${azurerm_service_plan.main.id}"}, values),
}]}}

stack(s) := {"site_config": [{"application_stack": [s]}]}

paths(type, values) := result if {
	result := {f.path | some f in policy.deny} with input as app(type, values)
}

test_end_of_life_stacks_reported if {
	paths("azurerm_linux_web_app", stack({"python_version": "3.8"})) == {["site_config", 0, "application_stack", 0, "python_version"]}
	paths("azurerm_linux_web_app", stack({"node_version": "18-lts"})) == {["site_config", 0, "application_stack", 0, "node_version"]}
	paths("azurerm_windows_web_app", stack({"current_stack": "node", "node_version": "~16"})) == {["site_config", 0, "application_stack", 0, "node_version"]}
	paths("azurerm_windows_web_app", stack({"current_stack": "dotnet", "dotnet_version": "v6.0"})) == {["site_config", 0, "application_stack", 0, "dotnet_version"]}
	paths("azurerm_linux_web_app", stack({"php_version": "8.0"})) == {["site_config", 0, "application_stack", 0, "php_version"]}
	paths("azurerm_linux_function_app", stack({"powershell_core_version": "7.2"})) == {["site_config", 0, "application_stack", 0, "powershell_core_version"]}
}

test_old_functions_host_reported if {
	paths("azurerm_windows_function_app", {"functions_extension_version": "~3"}) == {["functions_extension_version"]}
}

test_supported_versions_pass if {
	count(paths("azurerm_linux_web_app", stack({"python_version": "3.12"}))) == 0
	count(paths("azurerm_linux_web_app", stack({"node_version": "22-lts"}))) == 0
	count(paths("azurerm_windows_web_app", stack({"current_stack": "dotnet", "dotnet_version": "v4.0"}))) == 0
	count(paths("azurerm_linux_function_app", object.union({"functions_extension_version": "~4"}, stack({"dotnet_version": "10.0", "use_dotnet_isolated_runtime": true})))) == 0
	count(paths("azurerm_linux_web_app", stack({"java_version": "8", "java_server": "JAVA", "java_server_version": "8"}))) == 0
	count(paths("azurerm_linux_web_app", {})) == 0
}

test_unresolved_version_not_judged if {
	count(paths("azurerm_linux_web_app", stack({"python_version": "${var.python_version}"}))) == 0
	count(paths("azurerm_linux_function_app", {"functions_extension_version": "${var.host}"})) == 0
}
