package srm.aws.ecr.scan_on_push_test

import data.srm.aws.ecr.scan_on_push as policy

res(type, name, values) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": {},
}

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

repo(values) := res("aws_ecr_repository", "app", object.union({"name": "prod/app"}, values))

registry(filter, frequency) := res("aws_ecr_registry_scanning_configuration", "this", {
	"scan_type": "ENHANCED",
	"rule": [{"scan_frequency": frequency, "repository_filter": [{"filter": filter, "filter_type": "WILDCARD"}]}],
})

test_scan_on_push_passes if {
	count(policy.deny) == 0 with input as doc({"aws_ecr_repository": [repo({"image_scanning_configuration": [{"scan_on_push": true}]})]})
	count(policy.deny) == 0 with input as doc({"aws_ecr_repository": [repo({"image_scanning_configuration": {"scan_on_push": "${var.scan}"}})]})
}

test_scan_disabled_reported if {
	findings := policy.deny with input as doc({"aws_ecr_repository": [repo({"image_scanning_configuration": [{"scan_on_push": false}]})]})
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecr_repository.app"
	f.path == ["image_scanning_configuration", 0, "scan_on_push"]
}

test_missing_block_reported if {
	count(policy.deny) == 1 with input as doc({"aws_ecr_repository": [repo({})]})
}

test_registry_scanning_covers_matching_repositories if {
	count(policy.deny) == 0 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("*", "CONTINUOUS_SCAN")]})
	count(policy.deny) == 0 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("prod/*", "SCAN_ON_PUSH")]})
	count(policy.deny) == 1 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("dev/*", "SCAN_ON_PUSH")]})
	count(policy.deny) == 1 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("*", "MANUAL")]})
}

test_literal_filters_are_looked_up_by_name if {
	two := res("aws_ecr_registry_scanning_configuration", "this", {
		"scan_type": "ENHANCED",
		"rule": [{"scan_frequency": "SCAN_ON_PUSH", "repository_filter": [
			{"filter": "prod/other", "filter_type": "WILDCARD"},
			{"filter": "prod/app", "filter_type": "WILDCARD"},
		]}],
	})
	count(policy.deny) == 0 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [two]})
	count(policy.deny) == 1 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("prod/ap", "SCAN_ON_PUSH")]})
	count(policy.deny) == 1 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("Prod/app", "SCAN_ON_PUSH")]})
	count(policy.deny) == 0 with input as doc({"aws_ecr_repository": [repo({})], "aws_ecr_registry_scanning_configuration": [registry("prod/ap?", "SCAN_ON_PUSH")]})
}

test_fix_turns_scan_on_push_on if {
	every values in [{}, {"image_scanning_configuration": [{"scan_on_push": false}]}, {"image_scanning_configuration": [{}]}] {
		findings := policy.deny with input as doc({"aws_ecr_repository": [repo(values)]})
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["image_scanning_configuration", 0, "scan_on_push"], "value": true}]
		}
	}
}
