package srm.google.gke.logging_monitoring_test

import data.srm.google.gke.logging_monitoring as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_none_services_are_reported if {
	findings := policy.deny with input as doc({"logging_service": "none", "monitoring_service": "none"})
	{f.path | some f in findings} == {["logging_service"], ["monitoring_service"]}
}

test_legacy_stackdriver_is_reported if {
	findings := policy.deny with input as doc({"logging_service": "logging.googleapis.com", "monitoring_service": "monitoring.googleapis.com"})
	{f.path | some f in findings} == {["logging_service"], ["monitoring_service"]}
}

test_empty_components_are_reported if {
	findings := policy.deny with input as doc({"logging_config": [{"enable_components": []}]})
	{f.path | some f in findings} == {["logging_config", 0, "enable_components"]}
}

test_defaults_and_enabled_pass if {
	count(policy.deny) == 0 with input as doc({})
	count(policy.deny) == 0 with input as doc({"logging_service": "logging.googleapis.com/kubernetes", "monitoring_service": "monitoring.googleapis.com/kubernetes"})
	count(policy.deny) == 0 with input as doc({"logging_config": [{"enable_components": ["SYSTEM_COMPONENTS", "WORKLOADS"]}]})
	count(policy.deny) == 0 with input as doc({"logging_config": [{"enable_components": "${var.components}"}]})
}

test_fix_restores_logging_and_monitoring if {
	off := policy.deny with input as doc({"logging_service": "none", "monitoring_service": "monitoring.googleapis.com"})
	{f.fix | some f in off} == {
		[{"set": ["logging_service"], "value": "logging.googleapis.com/kubernetes"}],
		[{"set": ["monitoring_service"], "value": "monitoring.googleapis.com/kubernetes"}],
	}
	empty := policy.deny with input as doc({"logging_config": [{"enable_components": []}], "monitoring_config": [{"enable_components": []}]})
	{f.fix | some f in empty} == {
		[{"set": ["logging_config", 0, "enable_components"], "value": ["SYSTEM_COMPONENTS", "WORKLOADS"]}],
		[{"set": ["monitoring_config", 0, "enable_components"], "value": ["SYSTEM_COMPONENTS"]}],
	}
}
