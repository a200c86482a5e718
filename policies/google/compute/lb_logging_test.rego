package srm.google.compute.lb_logging_test

import data.srm.google.compute.lb_logging as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "web"}, values),
}]}}

test_missing_log_config_is_reported if {
	findings := policy.deny with input as doc("google_compute_backend_service", {"protocol": "HTTPS"})
	{f.path | some f in findings} == {["log_config"]}
	count(policy.deny) == 1 with input as doc("google_compute_backend_service", {})
	policy.applies == {"google_compute_backend_service.r"} with input as doc("google_compute_backend_service", {})
}

test_disabled_logging_is_reported if {
	findings := policy.deny with input as doc("google_compute_backend_service", {"log_config": [{"enable": false}]})
	{f.path | some f in findings} == {["log_config", 0, "enable"]}
	findings2 := policy.deny with input as doc("google_compute_region_backend_service", {"load_balancing_scheme": "INTERNAL_MANAGED", "protocol": "HTTP", "log_config": [{"enable": true, "sample_rate": 0}]})
	{f.path | some f in findings2} == {["log_config", 0, "sample_rate"]}
}

test_enabled_or_other_load_balancers_pass if {
	count(policy.deny) == 0 with input as doc("google_compute_backend_service", {"log_config": [{"enable": true, "sample_rate": 0.5}]})
	count(policy.deny) == 0 with input as doc("google_compute_backend_service", {"protocol": "TCP"})
	count(policy.deny) == 0 with input as doc("google_compute_backend_service", {"load_balancing_scheme": "INTERNAL_SELF_MANAGED"})
	count(policy.deny) == 0 with input as doc("google_compute_region_backend_service", {"protocol": "TCP"})
	count(policy.applies) == 0 with input as doc("google_compute_region_backend_service", {})
}

test_unresolved_is_unknown if {
	d := doc("google_compute_backend_service", {"log_config": [{"enable": "${var.logging}"}]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_compute_backend_service.r", "path": ["log_config", 0, "enable"]}} with input as d
	count(policy.deny) == 0 with input as doc("google_compute_backend_service", {"protocol": "${var.protocol}", "log_config": [{"enable": false}]})
	count(policy.deny) == 0 with input as doc("google_compute_backend_service", {"log_config": [{"enable": true, "sample_rate": "${var.rate}"}]})
}
