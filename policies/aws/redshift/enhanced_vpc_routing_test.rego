package srm.aws.redshift.enhanced_vpc_routing_test

import data.srm.aws.redshift.enhanced_vpc_routing as policy

cluster(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshift_cluster": [{
	"address": "aws_redshift_cluster.dw", "type": "aws_redshift_cluster", "name": "dw",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"cluster_identifier": "dw", "node_type": "ra3.xlplus", "encrypted": true}, values),
}]}}

test_disabled_reported if {
	findings := policy.deny with input as cluster({"enhanced_vpc_routing": false})
	count(findings) == 1
	some f in findings
	f.path == ["enhanced_vpc_routing"]
}

test_omitted_reported if {
	findings := policy.deny with input as cluster({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "default false")
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as cluster({"enhanced_vpc_routing": true})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as cluster({"enhanced_vpc_routing": "${var.enhanced_vpc_routing}"})
	policy.unknown == {{"resource": "aws_redshift_cluster.dw", "path": ["enhanced_vpc_routing"]}} with input as cluster({"enhanced_vpc_routing": "${var.enhanced_vpc_routing}"})
	count(policy.unknown) == 0 with input as cluster({"enhanced_vpc_routing": true})
}

test_fix_turns_enhanced_vpc_routing_on if {
	every values in [{"enhanced_vpc_routing": false}, {}] {
		findings := policy.deny with input as cluster(values)
		{f.fix | some f in findings} == {[{"set": ["enhanced_vpc_routing"], "value": true}]}
	}
}
