package srm.aws.msk.public_access_test

import data.srm.aws.msk.public_access as policy

cluster(public_access) := {"format": "terraform", "module": ".", "resources": {"aws_msk_cluster": [{
	"address": "aws_msk_cluster.events", "type": "aws_msk_cluster", "name": "events", "mode": "managed", "file": "main.tf",
	"values": {"cluster_name": "events", "broker_node_group_info": [object.union(
		{"instance_type": "kafka.m7g.large", "client_subnets": ["subnet-a", "subnet-b"]},
		public_access,
	)]},
	"references": {},
}]}}

access(type) := {"connectivity_info": [{"public_access": [{"type": type}]}]}

test_public_brokers_are_reported if {
	findings := policy.deny with input as cluster(access("SERVICE_PROVIDED_EIPS"))
	{f.path | some f in findings} == {["broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"]}
}

test_private_and_default_pass if {
	count(policy.deny) == 0 with input as cluster(access("DISABLED"))
	count(policy.deny) == 0 with input as cluster({})
	count(policy.deny) == 0 with input as cluster({"connectivity_info": [{"vpc_connectivity": [{}]}]})
}

test_unresolved_is_unknown_not_reported if {
	count(policy.deny) == 0 with input as cluster(access("${var.public_access}"))
	count(policy.unknown) == 1 with input as cluster(access("${var.public_access}"))
	count(policy.unknown) == 0 with input as cluster(access("DISABLED"))
}

test_fix_turns_public_access_off if {
	findings := policy.deny with input as cluster(access("service_provided_eips"))
	{f.fix | some f in findings} == {[{"set": ["broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"], "value": "DISABLED"}]}
}
