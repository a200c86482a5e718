package srm.azure.appservice.remote_debugging_test

import data.srm.azure.appservice.remote_debugging as policy

app(type, site_config) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "app", "https_only": true, "site_config": [site_config]},
}]}}

test_remote_debugging_reported if {
	every type in policy.app_types {
		findings := policy.deny with input as app(type, {"remote_debugging_enabled": true})
		{f.path | some f in findings} == {["site_config", 0, "remote_debugging_enabled"]}
	}
}

test_default_and_disabled_pass if {
	count(policy.deny) == 0 with input as app("azurerm_linux_web_app", {})
	count(policy.deny) == 0 with input as app("azurerm_linux_web_app", {"remote_debugging_enabled": false})
	count(policy.deny) == 0 with input as app("azurerm_linux_web_app", {"remote_debugging_enabled": "${var.debug}"})
}

test_fix_turns_remote_debugging_off if {
	findings := policy.deny with input as app("azurerm_windows_web_app", {"remote_debugging_enabled": true})
	{f.fix | some f in findings} == {[{"set": ["site_config", 0, "remote_debugging_enabled"], "value": false}]}
}
