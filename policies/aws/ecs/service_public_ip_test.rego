package srm.aws.ecs.service_public_ip_test

import data.srm.aws.ecs.service_public_ip as policy

service(network) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_service": [{
	"address": "aws_ecs_service.api", "type": "aws_ecs_service", "name": "api",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "api", "launch_type": "FARGATE", "desired_count": 2}, network),
}]}}

network(extra) := {"network_configuration": [object.union({"subnets": ["subnet-0a1b2c3d"], "security_groups": ["sg-0a1b2c3d"]}, extra)]}

test_public_ip_reported if {
	findings := policy.deny with input as service(network({"assign_public_ip": true}))
	count(findings) == 1
	some f in findings
	f.path == ["network_configuration", 0, "assign_public_ip"]
	count(policy.deny) == 1 with input as service(network({"assign_public_ip": "true"}))
}

test_omitted_or_false_passes if {
	count(policy.deny) == 0 with input as service(network({}))
	count(policy.deny) == 0 with input as service(network({"assign_public_ip": false}))
	count(policy.deny) == 0 with input as service({})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as service(network({"assign_public_ip": "${var.public}"}))
	policy.unknown == {{"resource": "aws_ecs_service.api", "path": ["network_configuration", 0, "assign_public_ip"]}} with input as service(network({"assign_public_ip": "${var.public}"}))
	count(policy.unknown) == 0 with input as service(network({"assign_public_ip": false}))
}

test_fix_drops_the_public_address if {
	findings := policy.deny with input as service(network({"assign_public_ip": "true"}))
	{f.fix | some f in findings} == {[{"set": ["network_configuration", 0, "assign_public_ip"], "value": false}]}
}
