package srm.azure.appservice.https_only_test

import data.srm.azure.appservice.https_only as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app", "site_config": [{}]}, values),
}]}}

test_http_allowed_reported if {
	every type in policy.app_types {
		findings := policy.deny with input as app(type, {})
		{f.path | some f in findings} == {["https_only"]}
		count(policy.deny) == 1 with input as app(type, {"https_only": false})
	}
}

test_https_only_passes if {
	count(policy.deny) == 0 with input as app("azurerm_linux_web_app", {"https_only": true})
	count(policy.deny) == 0 with input as app("azurerm_windows_function_app", {"https_only": "${var.https_only}"})
}

test_fix_sets_https_only if {
	explicit := policy.deny with input as app("azurerm_linux_web_app", {"https_only": false})
	{f.fix | some f in explicit} == {[{"set": ["https_only"], "value": true}]}
	missing := policy.deny with input as app("azurerm_function_app", {})
	{f.fix | some f in missing} == {[{"set": ["https_only"], "value": true}]}
}
