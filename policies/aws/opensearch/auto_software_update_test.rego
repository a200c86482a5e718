package srm.aws.opensearch.auto_software_update_test

import data.srm.aws.opensearch.auto_software_update as policy

domain(values) := {"format": "terraform", "module": ".", "resources": {"aws_opensearch_domain": [{
	"address": "aws_opensearch_domain.d", "type": "aws_opensearch_domain", "name": "d", "mode": "managed", "file": "main.tf",
	"values": object.union({"domain_name": "d", "engine_version": "OpenSearch_2.17"}, values), "references": {},
}]}}

paths(findings) := {f.path | some f in findings}

test_disabled_is_reported if {
	paths(policy.deny) == {["software_update_options", 0, "auto_software_update_enabled"]} with input as domain({"software_update_options": [{"auto_software_update_enabled": false}]})
	count(policy.deny) == 1 with input as domain({"software_update_options": {"auto_software_update_enabled": "false"}})
}

test_omitted_is_reported if {
	paths(policy.deny) == {["software_update_options"]} with input as domain({})
	paths(policy.deny) == {["software_update_options"]} with input as domain({"software_update_options": []})
	paths(policy.deny) == {["software_update_options", 0, "auto_software_update_enabled"]} with input as domain({"software_update_options": [{}]})
}

test_enabled_and_unresolved_pass if {
	count(policy.deny) == 0 with input as domain({"software_update_options": [{"auto_software_update_enabled": true}]})
	count(policy.deny) == 0 with input as domain({"software_update_options": [{"auto_software_update_enabled": "${var.auto_update}"}]})
}

test_fix_turns_automatic_updates_on if {
	every values in [{}, {"software_update_options": [{"auto_software_update_enabled": false}]}, {"software_update_options": [{}]}] {
		findings := policy.deny with input as domain(values)
		{f.fix | some f in findings} == {[{"set": ["software_update_options", 0, "auto_software_update_enabled"], "value": true}]}
	}
}
