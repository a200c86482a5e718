# METADATA
# title: Load balancer accepts TLS versions or cipher suites that are no longer secure
# description: >-
#   An SSL policy with the `COMPATIBLE` profile, or a minimum version below TLS 1.2,
#   lets clients negotiate TLS 1.0/1.1 and RSA key exchange or CBC and 3DES cipher
#   suites, which are open to downgrade and decryption attacks and fail PCI DSS and
#   most compliance baselines. Google Cloud load balancers use `COMPATIBLE` with TLS
#   1.0 unless an SSL policy says otherwise: both for SSL policies that leave
#   `profile` or `min_tls_version` unset and for HTTPS and SSL proxies without any
#   `ssl_policy`.
# custom:
#   id: SRM-GCP-COMPUTE-010
#   severity: medium
#   areas: [data-security, network-controls]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_compute_ssl_policy
#       - google_compute_region_ssl_policy
#       - google_compute_target_https_proxy
#       - google_compute_region_target_https_proxy
#       - google_compute_target_ssl_proxy
#   remediation: >-
#     Create a policy with `profile = "MODERN"` and `min_tls_version = "TLS_1_2"`
#     (or `profile = "RESTRICTED"`) and attach it to every proxy with `ssl_policy =
#     google_compute_ssl_policy.tls12.id`.
#   frameworks: {cis-gcp-2.0: ["3.9"], nist-800-53: [SC-8, SC-8(1), SC-13]}
#   references:
#     - "https://cloud.google.com/load-balancing/docs/ssl-policies-concepts"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_ssl_policy"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_target_https_proxy#ssl_policy"
#   peers:
#     checkov: [CKV_GCP_4]
#     kics: [google_compute_ssl_policy_weak_cipher_in_use]
#     trivy: [AVD-GCP-0039]
package srm.google.compute.weak_ssl_policy

import data.srm.lib.terraform as tf

policy_types := {"google_compute_ssl_policy", "google_compute_region_ssl_policy"}

proxy_types := {
	"google_compute_target_https_proxy": "HTTPS proxy",
	"google_compute_region_target_https_proxy": "HTTPS proxy",
	"google_compute_target_ssl_proxy": "SSL proxy",
}

# RSA key exchange and 3DES suites that CIS and the profiles' documentation call weak.
weak_features := {
	"TLS_RSA_WITH_AES_128_GCM_SHA256",
	"TLS_RSA_WITH_AES_256_GCM_SHA384",
	"TLS_RSA_WITH_AES_128_CBC_SHA",
	"TLS_RSA_WITH_AES_256_CBC_SHA",
	"TLS_RSA_WITH_3DES_EDE_CBC_SHA",
}

deny contains {
	"msg": sprintf("SSL policy %s %s, which allows TLS 1.0/1.1 and weak cipher suites", [r.address, profile_text(r.values)]),
	"resource": r.address,
	"path": ["profile"],
} if {
	some type in policy_types
	some r in tf.resources(type)
	object.get(r.values, "profile", null) in {null, "", "COMPATIBLE"}
}

deny contains {
	"msg": sprintf("SSL policy %s (profile %s) %s: clients can negotiate TLS below 1.2", [r.address, r.values.profile, tls_text(r.values)]),
	"resource": r.address,
	"path": ["min_tls_version"],
} if {
	some type in policy_types
	some r in tf.resources(type)
	r.values.profile in {"MODERN", "CUSTOM"}
	object.get(r.values, "min_tls_version", null) in {null, "", "TLS_1_0", "TLS_1_1"}
}

deny contains {
	"msg": sprintf("SSL policy %s enables the weak cipher suite %s", [r.address, feature]),
	"resource": r.address,
	"path": ["custom_features"],
} if {
	some type in policy_types
	some r in tf.resources(type)
	r.values.profile == "CUSTOM"
	features := object.get(r.values, "custom_features", [])
	is_array(features)
	some feature in features
	feature in weak_features
}

deny contains {
	"msg": sprintf("%s %s has no ssl_policy: it uses the Google default policy (COMPATIBLE profile, TLS 1.0)", [proxy_types[type], r.address]),
	"resource": r.address,
	"path": ["ssl_policy"],
} if {
	some type, _ in proxy_types
	some r in tf.resources(type)
	object.get(r.values, "ssl_policy", null) in {null, ""}
}

unknown contains {"resource": r.address, "path": [attr]} if {
	some type in policy_types
	some r in tf.resources(type)
	some attr in ["profile", "min_tls_version"]
	tf.is_unresolved(r.values[attr])
}

profile_text(values) := "uses the COMPATIBLE profile" if values.profile == "COMPATIBLE"

profile_text(values) := "does not set profile (it defaults to COMPATIBLE)" if object.get(values, "profile", null) in {null, ""}

tls_text(values) := sprintf("sets min_tls_version = %q", [values.min_tls_version]) if values.min_tls_version in {"TLS_1_0", "TLS_1_1"}

tls_text(values) := "does not set min_tls_version (it defaults to TLS_1_0)" if object.get(values, "min_tls_version", null) in {null, ""}
