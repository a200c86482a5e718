# METADATA
# title: Web app does not require client certificates
# description: >-
#   Incoming client certificates (mutual TLS) make App Service reject every
#   request that does not present a certificate before it reaches the
#   application, so only known clients can call the app and a leaked URL or
#   token is not enough. This matters most for APIs and back-office apps that
#   serve other systems rather than browsers. App Service does not request
#   client certificates unless the customer enables them.
# custom:
#   id: SRM-AZURE-APPSERVICE-004
#   severity: low
#   areas: [iam, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service]}
#   remediation: >-
#     Require client certificates: `client_certificate_enabled = true` with
#     `client_certificate_mode = "Required"` (`client_cert_enabled = true` on the
#     legacy `azurerm_app_service`), and validate the certificate in the app.
#   fix: {safety: unsafe, change: 'Sets `client_certificate_enabled = true` (`client_cert_enabled` on `azurerm_app_service`); with the default mode `Required`, every request without a client certificate is refused, browsers included.'}
#   frameworks: {cis-azure-2.1: ["9.4"], nist-800-53: [IA-2, IA-3, SC-8]}
#   references:
#     - "https://learn.microsoft.com/en-us/azure/app-service/app-service-web-configure-tls-mutual-auth"
#     - "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app#client_certificate_enabled"
#   peers:
#     checkov: [CKV_AZURE_17]
#     kics: [azure_app_service_client_certificate_disabled]
#     trivy: [AVD-AZU-0001]
package srm.azure.appservice.client_certificates

import data.srm.lib.terraform as tf

# resource type: its attribute.
attributes := {
	"azurerm_linux_web_app": "client_certificate_enabled",
	"azurerm_windows_web_app": "client_certificate_enabled",
	"azurerm_app_service": "client_cert_enabled",
}

deny contains {
	"msg": sprintf("%s sets %s = false: requests without a client certificate are accepted", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": true}],
} if {
	some type, attr in attributes
	some r in tf.resources(type)
	tf.is_false(r.values[attr])
}

deny contains {
	"msg": sprintf("%s does not set %s (default false): requests without a client certificate are accepted", [r.address, attr]),
	"resource": r.address,
	"path": [attr],
	"fix": [{"set": [attr], "value": true}],
} if {
	some type, attr in attributes
	some r in tf.resources(type)
	not attr in object.keys(r.values)
}
