# METADATA
# title: HTTP-triggered 1st gen Cloud Function accepts plain HTTP requests
# description: >-
#   A 1st gen function with `https_trigger_security_level = "SECURE_OPTIONAL"`
#   answers on plain HTTP as well as HTTPS, so tokens, credentials and payloads sent
#   by a misconfigured or downgraded client cross the network unencrypted and can be
#   read or altered on the way. The google provider and the Cloud Functions API use
#   `SECURE_OPTIONAL` when the attribute is omitted; `SECURE_ALWAYS` redirects every
#   HTTP request to HTTPS. 2nd gen functions always require HTTPS.
# custom:
#   id: SRM-GCP-FUNCTIONS-003
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloudfunctions_function]}
#   remediation: >-
#     Set `https_trigger_security_level = "SECURE_ALWAYS"` on the
#     `google_cloudfunctions_function` (or move the function to 2nd gen,
#     `google_cloudfunctions2_function`).
#   fix: {safety: unsafe, change: 'Sets `https_trigger_security_level = "SECURE_ALWAYS"`; plain HTTP requests are answered with a redirect to HTTPS, which callers that do not follow redirects (webhooks posting to an `http://` URL) do not handle.'}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://cloud.google.com/functions/docs/reference/rest/v1/projects.locations.functions#securitylevel"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#https_trigger_security_level"
#   peers: {checkov: [CKV2_GCP_10]}
package srm.google.functions.https_only

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("HTTP-triggered Cloud Function %s sets https_trigger_security_level = %q: it also accepts unencrypted HTTP requests", [r.address, level]),
	"resource": r.address,
	"path": ["https_trigger_security_level"],
	"fix": [{"set": ["https_trigger_security_level"], "value": "SECURE_ALWAYS"}],
} if {
	some r in http_functions
	level := r.values.https_trigger_security_level
	is_string(level)
	upper(level) == "SECURE_OPTIONAL"
}

deny contains {
	"msg": sprintf("HTTP-triggered Cloud Function %s does not set https_trigger_security_level (it defaults to SECURE_OPTIONAL): it also accepts unencrypted HTTP requests", [r.address]),
	"resource": r.address,
	"path": ["https_trigger_security_level"],
	"fix": [{"set": ["https_trigger_security_level"], "value": "SECURE_ALWAYS"}],
} if {
	some r in http_functions
	object.get(r.values, "https_trigger_security_level", null) in {null, ""}
}

applies contains r.address if some r in http_functions

unknown contains {"resource": r.address, "path": ["https_trigger_security_level"]} if {
	some r in http_functions
	tf.is_unresolved(r.values.https_trigger_security_level)
}

unknown contains {"resource": r.address, "path": ["trigger_http"]} if {
	some r in tf.resources("google_cloudfunctions_function")
	tf.is_unresolved(r.values.trigger_http)
}

http_functions contains r if {
	some r in tf.resources("google_cloudfunctions_function")
	tf.is_true(r.values.trigger_http)
}
