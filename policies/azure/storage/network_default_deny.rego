# METADATA
# title: Storage account accepts connections from any network
# description: >-
#   Without network rules whose default action is Deny, a storage account with
#   public network access answers requests from every IP address on the
#   internet, so a leaked account key or SAS token can be used from anywhere and
#   the endpoints are exposed to brute force and data exfiltration. Azure allows
#   all networks unless the customer restricts them; access should be limited to
#   selected virtual networks, IP ranges and trusted Azure services, or public
#   network access turned off in favour of private endpoints.
# custom:
#   id: SRM-AZURE-STORAGE-005
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account, azurerm_storage_account_network_rules]}
#   remediation: >-
#     Deny by default and allow only what is needed:
#     `network_rules { default_action = "Deny" bypass = ["AzureServices"]
#     virtual_network_subnet_ids = [azurerm_subnet.app.id] }` (or the same in an
#     `azurerm_storage_account_network_rules` resource), or
#     `public_network_access_enabled = false` with private endpoints.
#   frameworks: {cis-azure-2.1: ["3.8"], nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#network_rules"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_network_rules"
#   peers:
#     checkov: [CKV_AZURE_35]
#     kics: [default_azure_storage_account_network_access_is_too_permissive]
#     trivy: [AVD-AZU-0012]
package srm.azure.storage.network_default_deny

import data.srm.lib.terraform as tf

# Inline network_rules block with default_action = "Allow".
deny contains {
	"msg": sprintf("Storage account %s has network_rules with default_action = %q: requests from any network are accepted", [r.address, rule.default_action]),
	"resource": r.address,
	"path": ["network_rules", i, "default_action"],
} if {
	some r in public_accounts
	some i, rule in tf.blocks(r.values, "network_rules")
	allows(rule.default_action)
}

# No network rules at all: the account accepts every network.
deny contains {
	"msg": sprintf("Storage account %s has public network access and no network rules (neither a network_rules block nor an azurerm_storage_account_network_rules resource), so it accepts requests from any network", [r.address]),
	"resource": r.address,
	"path": ["network_rules"],
} if {
	some r in public_accounts
	count(tf.blocks(r.values, "network_rules")) == 0
	not has_split_rules(r)
}

# azurerm_storage_account_network_rules with default_action = "Allow" (unless its
# account is known to have public network access disabled).
deny contains {
	"msg": sprintf("%s sets default_action = %q: the storage account accepts requests from any network", [n.address, n.values.default_action]),
	"resource": n.address,
	"path": ["default_action"],
} if {
	some n in tf.resources("azurerm_storage_account_network_rules")
	allows(n.values.default_action)
	not for_private_account(n)
}

# Accounts whose public endpoint is (or may be, by default) reachable.
public_accounts contains r if {
	some r in tf.resources("azurerm_storage_account")
	not "public_network_access_enabled" in object.keys(r.values)
}

public_accounts contains r if {
	some r in tf.resources("azurerm_storage_account")
	tf.is_true(r.values.public_network_access_enabled)
}

# The network rules resource belongs to an account that is not public: its
# storage_account_id or storage_account_name refers to such an account, or names
# it literally. Looked up in sets of the private accounts' reference keys and
# names computed once per document, not by scanning every account per resource.
for_private_account(n) if {
	some attr in ["storage_account_id", "storage_account_name"]
	some address in tf.references(n, attr)
	private_account_keys[address]
}

for_private_account(n) if private_account_names[n.values.storage_account_name]

private_account_keys contains key if {
	some r in tf.resources("azurerm_storage_account")
	not r in public_accounts
	some key in tf.reference_keys(r.address)
}

private_account_names contains name if {
	some r in tf.resources("azurerm_storage_account")
	not r in public_accounts
	name := r.values.name
	is_string(name)
}

# has_split_rules(account): an azurerm_storage_account_network_rules belongs to
# the account, by storage_account_id (azurerm 3.x/4.x) or storage_account_name
# (azurerm 2.x), through a reference or the same literal name (looked up in the
# indexes of references and values).
has_split_rules(account) if {
	some attr in ["storage_account_id", "storage_account_name"]
	tf.has_referrer("azurerm_storage_account_network_rules", attr, account.address)
}

has_split_rules(account) if tf.has_value("azurerm_storage_account_network_rules", "storage_account_name", account.values.name)

allows(action) if {
	is_string(action)
	lower(action) == "allow"
}
