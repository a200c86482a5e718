# METADATA
# title: Storage account does not keep deleted blobs recoverable for 7 days
# description: >-
#   Blob soft delete keeps deleted or overwritten blobs recoverable for a
#   retention period, which is the way back from an accidental deletion, a
#   faulty cleanup job or ransomware that deletes or rewrites data with a stolen
#   key. Azure does not turn it on for accounts created through the API: with
#   the azurerm provider it exists only when `blob_properties` has a
#   `delete_retention_policy` block, and a retention of a few days may expire
#   before anyone notices the loss.
# custom:
#   id: SRM-AZURE-STORAGE-007
#   severity: medium
#   areas: [incident-response, data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account]}
#   remediation: >-
#     Keep deleted blobs (and containers) recoverable for at least a week:
#     `blob_properties { delete_retention_policy { days = 14 }
#     container_delete_retention_policy { days = 14 } versioning_enabled = true }`.
#   fix: {safety: safe, change: 'Sets `blob_properties { delete_retention_policy { days = 7 } }` (the blocks created when missing, a shorter `days` raised to 7); deleted blobs are kept, and billed, for 7 days.'}
#   frameworks: {cis-azure-2.1: ["3.11"], nist-800-53: [CP-9, CP-10, SI-12]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview"
#     - "https://learn.microsoft.com/en-us/azure/storage/blobs/data-protection-overview"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#delete_retention_policy"
#   peers:
#     checkov: [CKV2_AZURE_38]
#     kics: [blob_storage_without_soft_delete]
package srm.azure.storage.blob_soft_delete

import data.srm.lib.terraform as tf

minimum_days := 7

deny contains {
	"msg": sprintf("Storage account %s has no blob_properties block, so blob soft delete is off and deleted blobs cannot be recovered", [r.address]),
	"resource": r.address,
	"path": ["blob_properties"],
	"fix": [{"set": ["blob_properties", 0, "delete_retention_policy", 0, "days"], "value": minimum_days}],
} if {
	some r in accounts_with_blobs
	count(tf.blocks(r.values, "blob_properties")) == 0
}

deny contains {
	"msg": sprintf("Storage account %s has blob_properties without a delete_retention_policy block, so blob soft delete is off and deleted blobs cannot be recovered", [r.address]),
	"resource": r.address,
	"path": ["blob_properties", i, "delete_retention_policy"],
	"fix": [{"set": ["blob_properties", i, "delete_retention_policy", 0, "days"], "value": minimum_days}],
} if {
	some r in accounts_with_blobs
	some i, props in tf.blocks(r.values, "blob_properties")
	count(tf.blocks(props, "delete_retention_policy")) == 0
}

deny contains {
	"msg": sprintf("Storage account %s keeps deleted blobs for %v day(s) only (delete_retention_policy.days); keep them at least %d days", [r.address, policy.days, minimum_days]),
	"resource": r.address,
	"path": ["blob_properties", i, "delete_retention_policy", j, "days"],
	"fix": [{"set": ["blob_properties", i, "delete_retention_policy", j, "days"], "value": minimum_days}],
} if {
	some r in accounts_with_blobs
	some i, props in tf.blocks(r.values, "blob_properties")
	some j, policy in tf.blocks(props, "delete_retention_policy")
	days := known_number(policy.days)
	days < minimum_days
}

# FileStorage accounts hold no blobs.
accounts_with_blobs contains r if {
	some r in tf.resources("azurerm_storage_account")
	not file_storage(r.values)
}

file_storage(values) if {
	is_string(values.account_kind)
	lower(values.account_kind) == "filestorage"
}

known_number(value) := value if is_number(value)

known_number(value) := to_number(value) if {
	is_string(value)
	regex.match(`^[0-9]+$`, value)
}
