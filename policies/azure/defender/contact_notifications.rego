# METADATA
# title: Defender for Cloud does not email security alerts
# description: >-
#   Defender for Cloud raises alerts for attacks in progress, but unless the
#   security contact has alert notifications on (and subscription owners are
#   notified too), nobody is told: alerts wait in the portal until someone
#   happens to look, and the time to respond grows from minutes to weeks. The
#   contact and its notification settings are the customer's to configure.
# custom:
#   id: SRM-AZURE-DEFENDER-002
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_security_center_contact]}
#   remediation: >-
#     Route alerts to people who act on them: `alert_notifications = true` and
#     `alerts_to_admins = true` with `email = "soc@example.com"`.
#   fix: {safety: safe, change: 'Sets the reported attribute (`alert_notifications` or `alerts_to_admins`) to `true`; Defender for Cloud then emails alerts to the contact or the subscription owners.'}
#   frameworks: {nist-800-53: [IR-6, SI-4(5)]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_contact"
#   peers:
#     checkov: [CKV_AZURE_21, CKV_AZURE_22]
#     kics: [email_alerts_disabled]
#     trivy: [AVD-AZU-0044]
package srm.azure.defender.contact_notifications

import data.srm.lib.terraform as tf

effects := {
	"alert_notifications": "the security contact is not emailed about alerts",
	"alerts_to_admins": "subscription owners are not emailed about alerts",
}

deny contains {
	"msg": sprintf("Security contact %s sets %s = false: %s", [r.address, attr, effect]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": true}],
} if {
	some r in tf.resources("azurerm_security_center_contact")
	some attr, effect in effects
	tf.is_false(r.values[attr])
}
