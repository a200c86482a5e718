# METADATA
# title: Storage account accepts TLS versions older than 1.2
# description: >-
#   TLS 1.0 and 1.1 have known weaknesses (BEAST, weak cipher suites, SHA-1
#   handshakes) and are no longer accepted by PCI DSS or NIST guidance. A storage
#   account whose minimum TLS version is lowered lets a client, or an attacker
#   downgrading a connection, use them to reach data and keys. Azure defaults new
#   accounts to TLS 1.2 and retires older versions; lowering the minimum is a
#   customer choice.
# custom:
#   id: SRM-AZURE-STORAGE-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_storage_account]}
#   remediation: >-
#     Remove the attribute or set `min_tls_version = "TLS1_2"`, after checking
#     that no client still needs TLS 1.0/1.1.
#   fix: {safety: unsafe, change: 'Sets `min_tls_version = "TLS1_2"`; clients that can only negotiate TLS 1.0 or 1.1 can no longer connect.'}
#   frameworks: {cis-azure-2.1: ["3.15"], nist-800-53: [SC-8, SC-13]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#min_tls_version"
#   peers:
#     checkov: [CKV_AZURE_44]
#     kics: [storage_account_not_using_latest_tls_encryption_version]
#     trivy: [AVD-AZU-0011]
package srm.azure.storage.min_tls

import data.srm.lib.terraform as tf

weak_versions := {"tls1_0", "tls1_1"}

deny contains {
	"msg": sprintf("Storage account %s sets min_tls_version = %q, so clients can still connect with TLS 1.0/1.1", [r.address, v]),
	"resource": r.address,
	"path": ["min_tls_version"],
	"fix": [{"set": ["min_tls_version"], "value": "TLS1_2"}],
} if {
	some r in tf.resources("azurerm_storage_account")
	v := r.values.min_tls_version
	is_string(v)
	lower(v) in weak_versions
}
