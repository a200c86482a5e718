package srm.aws.ecr.immutable_tags_test

import data.srm.aws.ecr.immutable_tags as policy

repo(values) := {"format": "terraform", "module": ".", "resources": {"aws_ecr_repository": [{
	"address": "aws_ecr_repository.app", "type": "aws_ecr_repository", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "app"}, values),
}]}}

test_immutable_tags_pass if {
	count(policy.deny) == 0 with input as repo({"image_tag_mutability": "IMMUTABLE"})
	count(policy.deny) == 0 with input as repo({"image_tag_mutability": "IMMUTABLE_WITH_EXCLUSION"})
	count(policy.deny) == 0 with input as repo({"image_tag_mutability": "${var.mutability}"})
}

test_mutable_tags_reported if {
	findings := policy.deny with input as repo({"image_tag_mutability": "MUTABLE"})
	count(findings) == 1
	some f in findings
	f.resource == "aws_ecr_repository.app"
	f.path == ["image_tag_mutability"]
}

test_omitted_attribute_reported if {
	count(policy.deny) == 1 with input as repo({})
}
