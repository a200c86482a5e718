package srm.google.vpc.subnet_flow_logs_test

import data.srm.google.vpc.subnet_flow_logs as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_compute_subnetwork": [{
	"address": "google_compute_subnetwork.r", "type": "google_compute_subnetwork", "name": "r",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "r", "network": "default", "ip_cidr_range": "10.0.0.0/24"}, values), "references": {},
}]}}

test_subnet_without_flow_logs_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["log_config"]}
	count(policy.deny) == 1 with input as doc({"purpose": "PRIVATE"})
}

test_flow_logs_pass if {
	count(policy.deny) == 0 with input as doc({"log_config": [{"aggregation_interval": "INTERVAL_5_SEC"}]})
	count(policy.deny) == 0 with input as doc({"log_config": [{}]})
	count(policy.deny) == 0 with input as doc({"enable_flow_logs": true})
}

test_proxy_only_subnets_are_exempt if {
	count(policy.deny) == 0 with input as doc({"purpose": "REGIONAL_MANAGED_PROXY", "role": "ACTIVE"})
	count(policy.deny) == 0 with input as doc({"purpose": "INTERNAL_HTTPS_LOAD_BALANCER", "role": "ACTIVE"})
}
