# METADATA
# title: Cloud Function accepts requests directly from the internet
# description: >-
#   With ingress `ALLOW_ALL`, a function's URL can be called from anywhere,
#   bypassing the external load balancer and with it Cloud Armor, IAP and the load
#   balancer's TLS policy and logs; unauthenticated callers then reach the function
#   as soon as one IAM grant is too broad. Cloud Functions uses `ALLOW_ALL` unless
#   `ingress_settings` restricts the function to internal traffic
#   (`ALLOW_INTERNAL_ONLY`) or to internal traffic and the load balancer
#   (`ALLOW_INTERNAL_AND_GCLB`). Event-triggered 1st gen functions, which have no
#   URL, are not judged.
# custom:
#   id: SRM-GCP-FUNCTIONS-001
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_cloudfunctions2_function, google_cloudfunctions_function]}
#   remediation: >-
#     Set `service_config { ingress_settings = "ALLOW_INTERNAL_ONLY" }` (2nd gen) or
#     `ingress_settings = "ALLOW_INTERNAL_ONLY"` (1st gen), or
#     `ALLOW_INTERNAL_AND_GCLB` with an external load balancer and Cloud Armor for
#     functions that must be public.
#   frameworks: {nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/functions/docs/networking/network-settings#ingress_settings"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#ingress_settings"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#ingress_settings"
#   peers: {checkov: [CKV_GCP_124]}
package srm.google.functions.ingress_all

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud Function %s %s: its URL accepts requests from the whole internet", [s.address, setting_text(s.value)]),
	"resource": s.address,
	"path": s.path,
} if {
	some s in settings
	allows_all(s.value)
}

deny contains {
	"msg": sprintf("Cloud Function %s has no service_config (ingress_settings defaults to ALLOW_ALL): its URL accepts requests from the whole internet", [r.address]),
	"resource": r.address,
	"path": ["service_config"],
} if {
	some r in tf.resources("google_cloudfunctions2_function")
	count(tf.blocks(r.values, "service_config")) == 0
}

unknown contains {"resource": s.address, "path": s.path} if {
	some s in settings
	tf.is_unresolved(s.value)
}

unknown contains {"resource": r.address, "path": ["trigger_http"]} if {
	some r in tf.resources("google_cloudfunctions_function")
	tf.is_unresolved(r.values.trigger_http)
}

# applies: every 2nd gen function (all have a URL) and HTTP-triggered 1st gen functions.
applies contains r.address if some r in tf.resources("google_cloudfunctions2_function")

applies contains r.address if some r in http_gen1

allows_all(value) if value == null

allows_all(value) if value == ""

allows_all(value) if {
	is_string(value)
	upper(value) == "ALLOW_ALL"
}

setting_text(value) := sprintf("sets ingress_settings = %q", [value]) if {
	is_string(value)
	value != ""
}

setting_text(value) := "does not set ingress_settings (it defaults to ALLOW_ALL)" if value in {null, ""}

# settings: the ingress setting of each judged function (null when omitted), with its path.
settings contains {"address": r.address, "path": ["service_config", i, "ingress_settings"], "value": object.get(config, "ingress_settings", null)} if {
	some r in tf.resources("google_cloudfunctions2_function")
	some i, config in tf.blocks(r.values, "service_config")
}

settings contains {"address": r.address, "path": ["ingress_settings"], "value": object.get(r.values, "ingress_settings", null)} if {
	some r in http_gen1
}

http_gen1 contains r if {
	some r in tf.resources("google_cloudfunctions_function")
	tf.is_true(r.values.trigger_http)
}
