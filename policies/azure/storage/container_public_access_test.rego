package srm.azure.storage.container_public_access_test

import data.srm.azure.storage.container_public_access as policy

container(values) := {"format": "terraform", "module": ".", "resources": {"azurerm_storage_container": [{
	"address": "azurerm_storage_container.media", "type": "azurerm_storage_container", "name": "media",
	"mode": "managed", "file": "main.tf", "references": {"storage_account_id": ["azurerm_storage_account.data"]},
	"values": object.union({"name": "media", "storage_account_id": "${azurerm_storage_account.data.id}"}, values),
}]}}

test_public_access_types_reported if {
	findings := policy.deny with input as container({"container_access_type": "blob"})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_container.media", ["container_access_type"]]}
	count(policy.deny) == 1 with input as container({"container_access_type": "container"})
}

test_private_and_default_pass if {
	count(policy.deny) == 0 with input as container({})
	count(policy.deny) == 0 with input as container({"container_access_type": "private"})
}

test_unresolved_value_is_not_judged if {
	count(policy.deny) == 0 with input as container({"container_access_type": "${var.access_type}"})
}

test_fix_makes_the_container_private if {
	findings := policy.deny with input as container({"container_access_type": "container"})
	{f.fix | some f in findings} == {[{"set": ["container_access_type"], "value": "private"}]}
}
