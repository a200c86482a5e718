package srm.google.dataproc.cluster_cmek_test

import data.srm.google.dataproc.cluster_cmek as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"google_dataproc_cluster": [{
	"address": "google_dataproc_cluster.c", "type": "google_dataproc_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "etl", "region": "europe-west1"}, values),
}]}}

restricted := {"labels": {"data-classification": "restricted"}}

test_sensitive_cluster_without_key_is_reported if {
	findings := policy.deny with input as cluster(object.union(restricted, {"cluster_config": [{"staging_bucket": "b"}]}))
	{f.path | some f in findings} == {["cluster_config", 0, "encryption_config", 0, "kms_key_name"]}
	findings2 := policy.deny with input as cluster(restricted)
	{f.path | some f in findings2} == {["cluster_config"]}
	policy.applies == {"google_dataproc_cluster.c"} with input as cluster(restricted)
}

test_keyed_or_unclassified_cluster_passes if {
	count(policy.deny) == 0 with input as cluster(object.union(restricted, {"cluster_config": [{"encryption_config": [{"kms_key_name": "${var.kms_key}"}]}]}))
	count(policy.deny) == 0 with input as cluster({"labels": {"data-classification": "public"}})
	count(policy.deny) == 0 with input as cluster({})
}

test_unresolved_labels_are_unknown if {
	d := cluster({"labels": "${local.labels}"})
	count(policy.deny) == 0 with input as d
	count(policy.unknown) == 1 with input as d
}
