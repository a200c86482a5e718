# METADATA
# title: Key vault accepts connections from any network
# description: >-
#   A key vault whose firewall is not set to deny by default answers requests
#   from every IP address on the internet, so a stolen token or a misconfigured
#   access policy can be used from anywhere to read secrets and use keys. Azure
#   allows all networks unless the customer adds `network_acls` with
#   `default_action = "Deny"` (allowing selected subnets, IP ranges and trusted
#   Azure services) or disables public network access in favour of private
#   endpoints.
# custom:
#   id: SRM-AZURE-KEYVAULT-003
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_key_vault]}
#   remediation: >-
#     Deny by default: `network_acls { default_action = "Deny" bypass =
#     "AzureServices" virtual_network_subnet_ids = [azurerm_subnet.app.id] }`, or
#     `public_network_access_enabled = false` with a private endpoint.
#   frameworks: {nist-800-53: [AC-4, SC-7, SC-7(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/key-vault/general/network-security"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#network_acls"
#   peers:
#     checkov: [CKV_AZURE_109]
#     trivy: [AVD-AZU-0013]
package srm.azure.keyvault.network_acls

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Key vault %s has network_acls with default_action = %q: requests from any network are accepted", [r.address, acl.default_action]),
	"resource": r.address,
	"path": ["network_acls", i, "default_action"],
} if {
	some r in public_vaults
	some i, acl in tf.blocks(r.values, "network_acls")
	is_string(acl.default_action)
	lower(acl.default_action) == "allow"
}

deny contains {
	"msg": sprintf("Key vault %s has public network access and no network_acls block, so it accepts requests from any network", [r.address]),
	"resource": r.address,
	"path": ["network_acls"],
} if {
	some r in public_vaults
	count(tf.blocks(r.values, "network_acls")) == 0
}

# Vaults whose public endpoint is (or may be, by default) reachable.
public_vaults contains r if {
	some r in tf.resources("azurerm_key_vault")
	not "public_network_access_enabled" in object.keys(r.values)
}

public_vaults contains r if {
	some r in tf.resources("azurerm_key_vault")
	tf.is_true(r.values.public_network_access_enabled)
}
