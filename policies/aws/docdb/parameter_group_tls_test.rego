package srm.aws.docdb.parameter_group_tls_test

import data.srm.aws.docdb.parameter_group_tls as policy

group(parameters) := {"format": "terraform", "module": ".", "resources": {"aws_docdb_cluster_parameter_group": [{
	"address": "aws_docdb_cluster_parameter_group.pg", "type": "aws_docdb_cluster_parameter_group", "name": "pg", "mode": "managed", "file": "main.tf",
	"values": {"family": "docdb5.0", "name": "pg", "parameter": parameters}, "references": {},
}]}}

test_tls_disabled_is_reported if {
	findings := policy.deny with input as group([{"name": "audit_logs", "value": "enabled"}, {"name": "tls", "value": "disabled"}])
	{f.path | some f in findings} == {["parameter", 1, "value"]}
}

test_tls_on_or_default_passes if {
	count(policy.deny) == 0 with input as group([])
	count(policy.deny) == 0 with input as group([{"name": "tls", "value": "enabled"}])
	count(policy.deny) == 0 with input as group([{"name": "tls", "value": "tls1.2+"}])
	count(policy.deny) == 0 with input as group([{"name": "audit_logs", "value": "disabled"}])
}

test_unresolved_is_unknown_not_reported if {
	doc := group([{"name": "tls", "value": "${var.tls}"}])
	count(policy.deny) == 0 with input as doc
	count(policy.unknown) == 1 with input as doc
}
