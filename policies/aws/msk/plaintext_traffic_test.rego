package srm.aws.msk.plaintext_traffic_test

import data.srm.aws.msk.plaintext_traffic as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_msk_cluster": [{
	"address": "aws_msk_cluster.events", "type": "aws_msk_cluster", "name": "events", "mode": "managed", "file": "main.tf",
	"values": object.union({"cluster_name": "events", "kafka_version": "3.8.x", "number_of_broker_nodes": 3}, values), "references": {},
}]}}

transit(block) := {"encryption_info": [{"encryption_in_transit": [block]}]}

test_plaintext_client_traffic_is_reported if {
	findings := policy.deny with input as cluster(transit({"client_broker": "TLS_PLAINTEXT"}))
	{f.path | some f in findings} == {["encryption_info", 0, "encryption_in_transit", 0, "client_broker"]}
	count(policy.deny) == 1 with input as cluster(transit({"client_broker": "PLAINTEXT", "in_cluster": true}))
}

test_plaintext_replication_is_reported if {
	findings := policy.deny with input as cluster(transit({"client_broker": "TLS", "in_cluster": false}))
	{f.path | some f in findings} == {["encryption_info", 0, "encryption_in_transit", 0, "in_cluster"]}
	count(policy.deny) == 2 with input as cluster(transit({"client_broker": "PLAINTEXT", "in_cluster": "false"}))
}

test_defaults_and_tls_pass if {
	# Omitted: client_broker defaults to TLS and in_cluster to true.
	count(policy.deny) == 0 with input as cluster({})
	count(policy.deny) == 0 with input as cluster({"encryption_info": [{"encryption_at_rest_kms_key_arn": "arn:aws:kms:eu-west-1:111122223333:key/k"}]})
	count(policy.deny) == 0 with input as cluster(transit({}))
	count(policy.deny) == 0 with input as cluster(transit({"client_broker": "TLS", "in_cluster": true}))
}

test_unresolved_is_unknown_not_reported if {
	doc := cluster(transit({"client_broker": "${var.client_broker}", "in_cluster": "${var.in_cluster}"}))
	count(policy.deny) == 0 with input as doc
	unknown := policy.unknown with input as doc
	{u.path | some u in unknown} == {
		["encryption_info", 0, "encryption_in_transit", 0, "client_broker"],
		["encryption_info", 0, "encryption_in_transit", 0, "in_cluster"],
	}
	count(policy.unknown) == 0 with input as cluster(transit({"client_broker": "TLS"}))
}

test_fix_requires_tls if {
	client := policy.deny with input as cluster(transit({"client_broker": "tls_plaintext"}))
	{f.fix | some f in client} == {[{"set": ["encryption_info", 0, "encryption_in_transit", 0, "client_broker"], "value": "TLS"}]}
	both := policy.deny with input as cluster(transit({"client_broker": "PLAINTEXT", "in_cluster": "false"}))
	{f.fix | some f in both} == {
		[{"set": ["encryption_info", 0, "encryption_in_transit", 0, "client_broker"], "value": "TLS"}],
		[{"set": ["encryption_info", 0, "encryption_in_transit", 0, "in_cluster"], "value": true}],
	}
}
