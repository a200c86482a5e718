package srm.aws.opensearch.node_to_node_encryption_test

import data.srm.aws.opensearch.node_to_node_encryption as policy

domain(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.search", [type]), "type": type, "name": "search",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "search"}, values),
}]}}

test_missing_block_reported if {
	findings := policy.deny with input as domain("aws_opensearch_domain", {})
	count(findings) == 1
	some f in findings
	f.path == ["node_to_node_encryption"]
	count(policy.deny) == 1 with input as domain("aws_elasticsearch_domain", {})
}

test_disabled_reported if {
	findings := policy.deny with input as domain("aws_opensearch_domain", {"node_to_node_encryption": [{"enabled": false}]})
	some f in findings
	f.path == ["node_to_node_encryption", 0, "enabled"]
}

test_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as domain("aws_opensearch_domain", {"node_to_node_encryption": [{"enabled": true}]})
	count(policy.deny) == 0 with input as domain("aws_opensearch_domain", {"node_to_node_encryption": [{"enabled": "${var.encrypt}"}]})
}

test_fix_enables_the_encryption if {
	every type in ["aws_opensearch_domain", "aws_elasticsearch_domain"] {
		every values in [{}, {"node_to_node_encryption": [{"enabled": false}]}, {"node_to_node_encryption": {"enabled": "false"}}] {
			findings := policy.deny with input as domain(type, values)
			{f.fix | some f in findings} == {[{"set": ["node_to_node_encryption", 0, "enabled"], "value": true}]}
		}
	}
}
