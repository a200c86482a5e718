# METADATA
# title: HTTP(S) load balancer backend service does not log requests
# description: >-
#   Load balancer request logs record every request with its client IP, URL,
#   status, latency and Cloud Armor decision: they are how web attacks, credential
#   stuffing and data scraping are detected and investigated, and often the only
#   record of requests that never reached the backends. Application Load Balancers
#   log nothing unless the backend service sets `log_config { enable = true }`
#   (with a sample rate above zero). Passthrough and Traffic Director backend
#   services are not judged.
# custom:
#   id: SRM-GCP-COMPUTE-011
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [google_compute_backend_service, google_compute_region_backend_service]}
#   remediation: >-
#     Add `log_config { enable = true sample_rate = 1.0 }` to the backend service
#     (a lower sample rate for very busy services), and keep the `requests` logs in
#     a retained log bucket.
#   frameworks: {cis-gcp-2.0: ["2.16"], nist-800-53: [AU-2, AU-12, SI-4]}
#   references:
#     - "https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_backend_service#log_config"
#   peers: {kics: [gcp_http_load_balancer_logging_disabled]}
package srm.google.compute.lb_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("backend service %s has no log_config: the load balancer logs none of its requests", [r.address]),
	"resource": r.address,
	"path": ["log_config"],
} if {
	some r in http_backends
	count(tf.blocks(r.values, "log_config")) == 0
}

deny contains {
	"msg": sprintf("backend service %s %s: the load balancer logs none of its requests", [r.address, enable_text(config)]),
	"resource": r.address,
	"path": ["log_config", i, "enable"],
} if {
	some r in http_backends
	some i, config in tf.blocks(r.values, "log_config")
	object.get(config, "enable", null) in {null, false, "false"}
}

deny contains {
	"msg": sprintf("backend service %s sets log_config.sample_rate = 0: the load balancer logs none of its requests", [r.address]),
	"resource": r.address,
	"path": ["log_config", i, "sample_rate"],
} if {
	some r in http_backends
	some i, config in tf.blocks(r.values, "log_config")
	tf.is_true(config.enable)
	is_number(config.sample_rate)
	config.sample_rate == 0
}

applies contains r.address if some r in http_backends

unknown contains {"resource": r.address, "path": ["log_config", i, "enable"]} if {
	some r in http_backends
	some i, config in tf.blocks(r.values, "log_config")
	tf.is_unresolved(config.enable)
}

enable_text(config) := "sets log_config.enable = false" if tf.is_false(config.enable)

enable_text(config) := "does not set log_config.enable (logging is off by default)" if object.get(config, "enable", null) == null

http_protocols := {"HTTP", "HTTPS", "HTTP2", "H2C"}

# Application Load Balancer backends: global (scheme EXTERNAL by default) and
# regional managed ones, with an HTTP-family protocol (HTTP by default).
http_backends contains r if {
	some r in tf.resources("google_compute_backend_service")
	object.get(r.values, "load_balancing_scheme", null) in {null, "EXTERNAL", "EXTERNAL_MANAGED", "INTERNAL_MANAGED"}
	http_protocol(r.values)
}

http_backends contains r if {
	some r in tf.resources("google_compute_region_backend_service")
	r.values.load_balancing_scheme in {"EXTERNAL_MANAGED", "INTERNAL_MANAGED"}
	http_protocol(r.values)
}

http_protocol(values) if object.get(values, "protocol", null) == null

http_protocol(values) if values.protocol in http_protocols
