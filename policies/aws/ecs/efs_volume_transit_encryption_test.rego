package srm.aws.ecs.efs_volume_transit_encryption_test

import data.srm.aws.ecs.efs_volume_transit_encryption as policy

task(efs) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"family": "app", "container_definitions": [], "volume": [
		{"name": "scratch"},
		{"name": "data", "efs_volume_configuration": [object.union({"file_system_id": "fs-0123456789abcdef0"}, efs)]},
	]},
}]}}

test_disabled_reported if {
	findings := policy.deny with input as task({"transit_encryption": "DISABLED"})
	count(findings) == 1
	some f in findings
	f.path == ["volume", 1, "efs_volume_configuration", 0, "transit_encryption"]
	contains(f.msg, `"data"`)
}

test_omitted_reported if {
	findings := policy.deny with input as task({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "default DISABLED")
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as task({"transit_encryption": "ENABLED", "transit_encryption_port": 2999})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as task({"transit_encryption": "${var.transit_encryption}"})
	policy.unknown == {{"resource": "aws_ecs_task_definition.app", "path": ["volume", 1, "efs_volume_configuration", 0, "transit_encryption"]}} with input as task({"transit_encryption": "${var.transit_encryption}"})
	count(policy.unknown) == 0 with input as task({"transit_encryption": "ENABLED"})
}
