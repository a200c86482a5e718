package srm.azure.storage.queue_logging_test

import data.srm.azure.storage.queue_logging as policy

account(values) := {
	"address": "azurerm_storage_account.data", "type": "azurerm_storage_account", "name": "data",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "acmedata", "account_tier": "Standard", "account_replication_type": "GRS"}, values),
}

queue(attr, target) := {
	"address": "azurerm_storage_queue.jobs", "type": "azurerm_storage_queue", "name": "jobs",
	"mode": "managed", "file": "main.tf", "references": {attr: [target]},
	"values": {"name": "jobs", attr: sprintf("${%s.id}", [target])},
}

queue_properties(logging) := {
	"address": "azurerm_storage_account_queue_properties.data", "type": "azurerm_storage_account_queue_properties",
	"name": "data", "mode": "managed", "file": "main.tf",
	"references": {"storage_account_id": ["azurerm_storage_account.data"]},
	"values": {"storage_account_id": "${azurerm_storage_account.data.id}", "logging": [logging]},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

full_logging := {"version": "1.0", "read": true, "write": true, "delete": true, "retention_policy_days": 30}

test_account_with_queue_and_no_logging_reported if {
	findings := policy.deny with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_queue": [queue("storage_account_id", "azurerm_storage_account.data")],
	})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account.data", ["queue_properties"]]}
}

test_queue_properties_without_logging_reported_on_the_block if {
	findings := policy.deny with input as doc({
		"azurerm_storage_account": [account({"queue_properties": [{"hour_metrics": [{"version": "1.0"}]}]})],
		"azurerm_storage_queue": [queue("storage_account_name", "azurerm_storage_account.data")],
	})
	{f.path | some f in findings} == {["queue_properties", 0, "logging"]}
}

test_logging_inline_or_split_passes if {
	count(policy.deny) == 0 with input as doc({
		"azurerm_storage_account": [account({"queue_properties": [{"logging": [full_logging]}]})],
		"azurerm_storage_queue": [queue("storage_account_id", "azurerm_storage_account.data")],
	})
	count(policy.deny) == 0 with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_queue": [queue("storage_account_id", "azurerm_storage_account.data")],
		"azurerm_storage_account_queue_properties": [queue_properties(full_logging)],
	})
}

test_split_properties_without_logging_reported if {
	props := {
		"address": "azurerm_storage_account_queue_properties.data", "type": "azurerm_storage_account_queue_properties",
		"name": "data", "mode": "managed", "file": "main.tf",
		"references": {"storage_account_id": ["azurerm_storage_account.data"]},
		"values": {"storage_account_id": "${azurerm_storage_account.data.id}", "cors_rule": [{"allowed_origins": ["*"]}]},
	}
	findings := policy.deny with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_queue": [queue("storage_account_id", "azurerm_storage_account.data")],
		"azurerm_storage_account_queue_properties": [props],
	})
	{[f.resource, f.path] | some f in findings} == {["azurerm_storage_account_queue_properties.data", ["logging"]]}
}

test_account_without_queues_not_reported if {
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account({})]})
	count(policy.deny) == 0 with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_queue": [queue("storage_account_id", "azurerm_storage_account.other")],
	})
}

test_disabled_operations_reported if {
	inline := object.union(full_logging, {"delete": false})
	findings := policy.deny with input as doc({"azurerm_storage_account": [account({"queue_properties": [{"logging": [inline]}]})]})
	{f.path | some f in findings} == {["queue_properties", 0, "logging", 0, "delete"]}
	split := object.union(full_logging, {"read": false, "write": "false"})
	findings2 := policy.deny with input as doc({
		"azurerm_storage_account": [account({})],
		"azurerm_storage_account_queue_properties": [queue_properties(split)],
	})
	{[f.resource, f.path] | some f in findings2} == {
		["azurerm_storage_account_queue_properties.data", ["logging", 0, "read"]],
		["azurerm_storage_account_queue_properties.data", ["logging", 0, "write"]],
	}
}

test_unresolved_operation_not_judged if {
	values := {"queue_properties": [{"logging": [object.union(full_logging, {"read": "${var.log_reads}"})]}]}
	count(policy.deny) == 0 with input as doc({"azurerm_storage_account": [account(values)]})
}
