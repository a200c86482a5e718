# METADATA
# title: Storage account queue service does not log read, write and delete requests
# description: >-
#   Storage Analytics logging of the Queue service records who read, added or
#   deleted messages and from where; without it there is no trail to
#   investigate tampering with the messages that drive an application or to
#   prove what a leaked key was used for. Azure does not log queue requests
#   unless the customer turns logging on for the account (in `queue_properties`,
#   or the `azurerm_storage_account_queue_properties` resource with azurerm 4.x).
# custom:
#   id: SRM-AZURE-STORAGE-008
#   severity: medium
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account, azurerm_storage_account_queue_properties, azurerm_storage_queue]}
#   remediation: >-
#     Log every queue request type: `queue_properties { logging { version = "1.0"
#     read = true write = true delete = true retention_policy_days = 90 } }` (or
#     the same `logging` block in an `azurerm_storage_account_queue_properties`
#     resource), or send the queue service's StorageRead/StorageWrite/StorageDelete
#     logs to Log Analytics with a diagnostic setting.
#   frameworks: {cis-azure-2.1: ["3.5"], nist-800-53: [AU-2, AU-3, AU-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/common/storage-analytics-logging"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#logging"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_queue_properties"
#   peers:
#     checkov: [CKV_AZURE_33]
#     kics: [azure_storage_queue_logging_disabled]
#     trivy: [AVD-AZU-0009]
package srm.azure.storage.queue_logging

import data.srm.lib.terraform as tf

operations := ["read", "write", "delete"]

# An account that holds queues, with no queue_properties anywhere.
deny contains {
	"msg": sprintf("Storage account %s holds queues (%s) but has no queue logging: no queue_properties.logging block and no azurerm_storage_account_queue_properties with logging", [r.address, concat(", ", sort({q.address | some q in queues(r)}))]),
	"resource": r.address,
	"path": ["queue_properties"],
} if {
	some r in tf.resources("azurerm_storage_account")
	count(tf.blocks(r.values, "queue_properties")) == 0
	not has_split_properties(r)
	has_queue(r)
}

# Queue properties configured inline without a logging block.
deny contains {
	"msg": sprintf("Storage account %s configures queue_properties without a logging block: queue requests are not logged", [r.address]),
	"resource": r.address,
	"path": ["queue_properties", 0, "logging"],
} if {
	some r in tf.resources("azurerm_storage_account")
	count(tf.blocks(r.values, "queue_properties")) > 0
	not inline_logging(r.values)
	not split_logging(r)
}

# azurerm_storage_account_queue_properties without a logging block.
deny contains {
	"msg": sprintf("%s has no logging block: queue requests are not logged", [p.address]),
	"resource": p.address,
	"path": ["logging"],
} if {
	some p in tf.resources("azurerm_storage_account_queue_properties")
	count(tf.blocks(p.values, "logging")) == 0
}

# A logging block (inline) that leaves an operation out.
deny contains {
	"msg": sprintf("Storage account %s sets queue logging %s = false: those queue requests are not logged", [r.address, op]),
	"resource": r.address,
	"path": ["queue_properties", i, "logging", j, op],
} if {
	some r in tf.resources("azurerm_storage_account")
	some i, props in tf.blocks(r.values, "queue_properties")
	some j, logging in tf.blocks(props, "logging")
	some op in operations
	tf.is_false(logging[op])
}

# The same in an azurerm_storage_account_queue_properties resource.
deny contains {
	"msg": sprintf("%s sets queue logging %s = false: those queue requests are not logged", [p.address, op]),
	"resource": p.address,
	"path": ["logging", j, op],
} if {
	some p in tf.resources("azurerm_storage_account_queue_properties")
	some j, logging in tf.blocks(p.values, "logging")
	some op in operations
	tf.is_false(logging[op])
}

inline_logging(values) if {
	some props in tf.blocks(values, "queue_properties")
	count(tf.blocks(props, "logging")) > 0
}

# The azurerm_storage_account_queue_properties of an account are looked up in the
# index of references (or, with a logging block, in a set computed once per
# document), and its queues in the indexes of references and values, instead of
# scanning every such resource for every account.
split_logging(account) if {
	some key in tf.reference_keys(account.address)
	logging_properties_targets[key]
}

# logging_properties_targets: the addresses the storage_account_id of a queue
# properties resource with a logging block refers to.
logging_properties_targets contains address if {
	some p in tf.resources("azurerm_storage_account_queue_properties")
	count(tf.blocks(p.values, "logging")) > 0
	some address in tf.references(p, "storage_account_id")
}

has_split_properties(account) if tf.has_referrer("azurerm_storage_account_queue_properties", "storage_account_id", account.address)

# queues(account): azurerm_storage_queue resources created in the account, by
# storage_account_id (azurerm 4.x) or storage_account_name, referenced or literal.
queues(account) := {q |
	some attr in ["storage_account_id", "storage_account_name"]
	some q in tf.referrers("azurerm_storage_queue", attr, account.address)
} | {q |
	name := account.values.name
	is_string(name)
	some q in tf.with_value("azurerm_storage_queue", "storage_account_name", name)
}

# has_queue(account): queues(account) is not empty.
has_queue(account) if {
	some attr in ["storage_account_id", "storage_account_name"]
	tf.has_referrer("azurerm_storage_queue", attr, account.address)
}

has_queue(account) if tf.has_value("azurerm_storage_queue", "storage_account_name", account.values.name)
