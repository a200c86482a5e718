package srm.azure.appservice.client_certificates_test

import data.srm.azure.appservice.client_certificates as policy

app(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.main", [type]), "type": type, "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app", "https_only": true, "site_config": [{}]}, values),
}]}}

paths(doc) := result if {
	result := {f.path | some f in policy.deny} with input as doc
}

test_missing_or_disabled_reported if {
	paths(app("azurerm_linux_web_app", {})) == {["client_certificate_enabled"]}
	paths(app("azurerm_windows_web_app", {"client_certificate_enabled": false})) == {["client_certificate_enabled"]}
	paths(app("azurerm_app_service", {})) == {["client_cert_enabled"]}
}

test_enabled_passes if {
	count(paths(app("azurerm_linux_web_app", {"client_certificate_enabled": true, "client_certificate_mode": "Required"}))) == 0
	count(paths(app("azurerm_app_service", {"client_cert_enabled": true}))) == 0
	count(paths(app("azurerm_windows_web_app", {"client_certificate_enabled": "${var.mtls}"}))) == 0
}

test_fix_requires_client_certificates if {
	off := policy.deny with input as app("azurerm_linux_web_app", {"client_certificate_enabled": false})
	{f.fix | some f in off} == {[{"set": ["client_certificate_enabled"], "value": true}]}
	legacy := policy.deny with input as app("azurerm_app_service", {})
	{f.fix | some f in legacy} == {[{"set": ["client_cert_enabled"], "value": true}]}
}
