package srm.azure.defender.contact_notifications_test

import data.srm.azure.defender.contact_notifications as policy

contact(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_security_center_contact": [{
	"address": "azurerm_security_center_contact.soc", "type": "azurerm_security_center_contact",
	"name": "soc", "mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "soc", "email": "soc@example.com", "alert_notifications": true, "alerts_to_admins": true}, values),
}]}}

paths(values) := result if {
	result := {f.path | some f in policy.deny} with input as contact(values)
}

test_disabled_notifications_reported if {
	paths({"alert_notifications": false}) == {["alert_notifications"]}
	paths({"alerts_to_admins": "false"}) == {["alerts_to_admins"]}
	paths({"alert_notifications": false, "alerts_to_admins": false}) == {["alert_notifications"], ["alerts_to_admins"]}
}

test_enabled_or_unresolved_passes if {
	count(paths({})) == 0
	count(paths({"alert_notifications": "${var.notify}"})) == 0
}

test_fix_turns_each_notification_on if {
	findings := policy.deny with input as contact({"alert_notifications": false, "alerts_to_admins": "false"})
	{f.fix | some f in findings} == {
		[{"set": ["alert_notifications"], "value": true}],
		[{"set": ["alerts_to_admins"], "value": true}],
	}
}
