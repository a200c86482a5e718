package srm.aws.opensearch.encryption_at_rest_test

import data.srm.aws.opensearch.encryption_at_rest as policy

domain(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.search", [type]), "type": type, "name": "search",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"domain_name": "search"}, values),
}]}}

test_missing_block_reported if {
	findings := policy.deny with input as domain("aws_opensearch_domain", {})
	count(findings) == 1
	some f in findings
	f.path == ["encrypt_at_rest"]
	count(policy.deny) == 1 with input as domain("aws_elasticsearch_domain", {})
}

test_disabled_reported if {
	findings := policy.deny with input as domain("aws_opensearch_domain", {"encrypt_at_rest": [{"enabled": false}]})
	some f in findings
	f.path == ["encrypt_at_rest", 0, "enabled"]
}

test_enabled_or_unresolved_passes if {
	count(policy.deny) == 0 with input as domain("aws_opensearch_domain", {"encrypt_at_rest": [{"enabled": true}]})
	count(policy.deny) == 0 with input as domain("aws_opensearch_domain", {"encrypt_at_rest": [{"enabled": "${var.encrypt}"}]})
}

test_fix_enables_the_encryption if {
	every type in ["aws_opensearch_domain", "aws_elasticsearch_domain"] {
		every values in [{}, {"encrypt_at_rest": [{"enabled": false}]}, {"encrypt_at_rest": {"enabled": "false"}}] {
			findings := policy.deny with input as domain(type, values)
			{f.fix | some f in findings} == {[{"set": ["encrypt_at_rest", 0, "enabled"], "value": true}]}
		}
	}
}
