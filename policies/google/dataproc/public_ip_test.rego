package srm.google.dataproc.public_ip_test

import data.srm.google.dataproc.public_ip as policy

cluster(config) := {"format": "terraform", "module": ".", "resources": {"google_dataproc_cluster": [{
	"address": "google_dataproc_cluster.c", "type": "google_dataproc_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "etl", "region": "europe-west1", "cluster_config": config},
}]}}

test_external_ips_are_reported if {
	findings := policy.deny with input as cluster([{"gce_cluster_config": [{"internal_ip_only": false}]}])
	{f.path | some f in findings} == {["cluster_config", 0, "gce_cluster_config", 0, "internal_ip_only"]}
}

test_omitted_in_gce_block_is_reported if {
	findings := policy.deny with input as cluster([{"gce_cluster_config": [{"subnetwork": "dataproc"}]}])
	{f.path | some f in findings} == {["cluster_config", 0, "gce_cluster_config", 0, "internal_ip_only"]}
}

test_old_image_without_gce_block_is_reported if {
	findings := policy.deny with input as cluster([{"software_config": [{"image_version": "2.1-debian11"}]}])
	{f.path | some f in findings} == {["cluster_config", 0, "gce_cluster_config"]}
	count(policy.deny) == 1 with input as cluster([{"software_config": [{"image_version": "1.5.91-debian10"}]}])
}

test_internal_or_default_passes if {
	count(policy.deny) == 0 with input as cluster([{"gce_cluster_config": [{"internal_ip_only": true}]}])
	count(policy.deny) == 0 with input as cluster([{"software_config": [{"image_version": "2.2-debian12"}]}])
	count(policy.deny) == 0 with input as cluster([{"master_config": [{"num_instances": 1}]}])
	count(policy.deny) == 0 with input as cluster([])
}

test_unresolved_is_unknown if {
	d := cluster([{"gce_cluster_config": [{"internal_ip_only": "${var.internal_only}"}]}])
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_dataproc_cluster.c", "path": ["cluster_config", 0, "gce_cluster_config", 0, "internal_ip_only"]}} with input as d
	count(policy.deny) == 0 with input as cluster([{"software_config": [{"image_version": "${var.image}"}]}])
}
