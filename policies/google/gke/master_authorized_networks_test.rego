package srm.google.gke.master_authorized_networks_test

import data.srm.google.gke.master_authorized_networks as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_missing_config_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["master_authorized_networks_config"]}
}

test_world_cidr_and_gcp_public_cidrs_are_reported if {
	findings := policy.deny with input as doc({"master_authorized_networks_config": [{
		"gcp_public_cidrs_access_enabled": true,
		"cidr_blocks": [{"cidr_block": "10.0.0.0/8"}, {"cidr_block": "0.0.0.0/0", "display_name": "all"}],
	}]})
	{f.path | some f in findings} == {
		["master_authorized_networks_config", 0, "cidr_blocks", 1, "cidr_block"],
		["master_authorized_networks_config", 0, "gcp_public_cidrs_access_enabled"],
	}
}

test_restricted_or_private_pass if {
	count(policy.deny) == 0 with input as doc({"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "10.0.0.0/8"}]}]})
	count(policy.deny) == 0 with input as doc({"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "${var.admin_cidr}"}]}]})
	count(policy.deny) == 0 with input as doc({"private_cluster_config": [{"enable_private_nodes": true, "enable_private_endpoint": true}]})
	count(policy.deny) == 0 with input as doc({"control_plane_endpoints_config": [{"ip_endpoints_config": [{"enabled": false}]}]})
}
