# METADATA
# title: Defender for Cloud integration with Defender for Endpoint is turned off
# description: >-
#   Through its Microsoft Defender for Endpoint integration, Defender for
#   Servers deploys the endpoint sensor to every Windows and Linux machine: it
#   provides endpoint detection and response, the alerts to start an
#   investigation from, and the software inventory behind vulnerability
#   assessment. Turning the WDATP setting off, or excluding Linux machines,
#   leaves those machines without detection, response and vulnerability findings.
# custom:
#   id: SRM-AZURE-DEFENDER-004
#   severity: medium
#   areas: [incident-response, vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_security_center_setting]}
#   remediation: >-
#     Keep the integration on: `azurerm_security_center_setting` with
#     `setting_name = "WDATP"` and `enabled = true`, and do not enable
#     `WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW`.
#   frameworks: {nist-800-53: [SI-3, SI-4, IR-4, RA-5]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/defender-for-cloud/integration-defender-for-endpoint"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_setting"
package srm.azure.defender.endpoint_integration

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("%s turns the Defender for Endpoint integration off (WDATP, enabled = false): servers get no endpoint detection, response or vulnerability findings", [r.address]),
	"resource": r.address,
	"path": ["enabled"],
} if {
	some r in settings("WDATP")
	tf.is_false(r.values.enabled)
}

deny contains {
	"msg": sprintf("%s excludes Linux machines from the Defender for Endpoint integration (WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW, enabled = true): Linux servers get no endpoint detection, response or vulnerability findings", [r.address]),
	"resource": r.address,
	"path": ["enabled"],
} if {
	some r in settings("WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW")
	tf.is_true(r.values.enabled)
}

settings(name) := {r |
	some r in tf.resources("azurerm_security_center_setting")
	is_string(r.values.setting_name)
	upper(r.values.setting_name) == name
}

# Only the Defender for Endpoint settings are judged (not MCAS or Sentinel).
applies contains r.address if {
	some name in ["WDATP", "WDATP_EXCLUDE_LINUX_PUBLIC_PREVIEW"]
	some r in settings(name)
}
