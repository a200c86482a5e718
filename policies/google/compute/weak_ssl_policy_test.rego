package srm.google.compute.weak_ssl_policy_test

import data.srm.google.compute.weak_ssl_policy as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "r"}, values),
}]}}

test_compatible_profile_is_reported if {
	findings := policy.deny with input as doc("google_compute_ssl_policy", {})
	{f.path | some f in findings} == {["profile"]}
	count(policy.deny) == 1 with input as doc("google_compute_ssl_policy", {"profile": "COMPATIBLE", "min_tls_version": "TLS_1_2"})
	count(policy.deny) == 1 with input as doc("google_compute_region_ssl_policy", {"profile": "COMPATIBLE"})
}

test_old_tls_is_reported if {
	findings := policy.deny with input as doc("google_compute_ssl_policy", {"profile": "MODERN"})
	{f.path | some f in findings} == {["min_tls_version"]}
	count(policy.deny) == 1 with input as doc("google_compute_ssl_policy", {"profile": "MODERN", "min_tls_version": "TLS_1_1"})
}

test_weak_custom_features_are_reported if {
	findings := policy.deny with input as doc("google_compute_ssl_policy", {"profile": "CUSTOM", "min_tls_version": "TLS_1_2", "custom_features": ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"]})
	{f.path | some f in findings} == {["custom_features"]}
}

test_proxy_without_policy_is_reported if {
	findings := policy.deny with input as doc("google_compute_target_https_proxy", {"url_map": "${google_compute_url_map.web.id}"})
	{f.path | some f in findings} == {["ssl_policy"]}
	count(policy.deny) == 0 with input as doc("google_compute_target_https_proxy", {"url_map": "u", "ssl_policy": "${google_compute_ssl_policy.tls12.id}"})
}

test_strong_policies_pass if {
	count(policy.deny) == 0 with input as doc("google_compute_ssl_policy", {"profile": "MODERN", "min_tls_version": "TLS_1_2"})
	count(policy.deny) == 0 with input as doc("google_compute_ssl_policy", {"profile": "RESTRICTED"})
	count(policy.deny) == 0 with input as doc("google_compute_ssl_policy", {"profile": "CUSTOM", "min_tls_version": "TLS_1_2", "custom_features": ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"]})
}

test_unresolved_is_unknown if {
	d := doc("google_compute_ssl_policy", {"profile": "${var.profile}", "min_tls_version": "TLS_1_2"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_compute_ssl_policy.r", "path": ["profile"]}} with input as d
	count(policy.deny) == 0 with input as doc("google_compute_ssl_policy", {"profile": "MODERN", "min_tls_version": "${var.tls}"})
}
