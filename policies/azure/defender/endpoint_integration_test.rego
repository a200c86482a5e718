package srm.azure.defender.endpoint_integration_test

import data.srm.azure.defender.endpoint_integration as policy

setting(name, enabled) := {"format": "terraform", "module": ".", "resources": {"azurerm_security_center_setting": [{
	"address": "azurerm_security_center_setting.main", "type": "azurerm_security_center_setting", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"setting_name": name, "enabled": enabled},
}]}}

paths(name, enabled) := result if {
	result := {f.path | some f in policy.deny} with input as setting(name, enabled)
}

test_integration_off_reported if {
	paths("WDATP", false) == {["enabled"]}
	paths("WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW", true) == {["enabled"]}
}

test_integration_on_passes if {
	count(paths("WDATP", true)) == 0
	count(paths("WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW", false)) == 0
	count(paths("MCAS", false)) == 0
	count(paths("WDATP", "${var.mde}")) == 0
}

test_applies_to_endpoint_settings if {
	policy.applies == {"azurerm_security_center_setting.main"} with input as setting("WDATP", true)
	policy.applies == set() with input as setting("Sentinel", false)
}
