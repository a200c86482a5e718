package srm.aws.redshift.serverless_public_access_test

import data.srm.aws.redshift.serverless_public_access as policy

workgroup(values) := {"format": "terraform", "module": ".", "resources": {"aws_redshiftserverless_workgroup": [{
	"address": "aws_redshiftserverless_workgroup.dw", "type": "aws_redshiftserverless_workgroup", "name": "dw",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"namespace_name": "dw", "workgroup_name": "dw", "base_capacity": 32}, values),
}]}}

test_public_reported if {
	findings := policy.deny with input as workgroup({"publicly_accessible": true})
	count(findings) == 1
	some f in findings
	f.path == ["publicly_accessible"]
}

test_private_or_omitted_passes if {
	count(policy.deny) == 0 with input as workgroup({"publicly_accessible": false})
	count(policy.deny) == 0 with input as workgroup({})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as workgroup({"publicly_accessible": "${var.public}"})
	policy.unknown == {{"resource": "aws_redshiftserverless_workgroup.dw", "path": ["publicly_accessible"]}} with input as workgroup({"publicly_accessible": "${var.public}"})
	count(policy.unknown) == 0 with input as workgroup({})
}

test_fix_makes_the_workgroup_private if {
	findings := policy.deny with input as workgroup({"publicly_accessible": "true"})
	{f.fix | some f in findings} == {[{"set": ["publicly_accessible"], "value": false}]}
}
