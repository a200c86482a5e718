package srm.azure.appservice.managed_identity_test

import data.srm.azure.appservice.managed_identity as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app", "https_only": true, "site_config": [{}]}, values),
}]}}

test_missing_identity_reported if {
	every type in policy.app_types {
		findings := policy.deny with input as app(type, {})
		{[f.resource, f.path] | some f in findings} == {[sprintf("%s.main", [type]), ["identity"]]}
	}
}

test_identity_passes if {
	count(policy.deny) == 0 with input as app("azurerm_linux_web_app", {"identity": [{"type": "SystemAssigned"}]})
	count(policy.deny) == 0 with input as app("azurerm_app_service", {"identity": {"type": "${var.identity_type}"}})
}
