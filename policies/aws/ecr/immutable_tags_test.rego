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

test_fix_makes_tags_immutable if {
	every values in [{"image_tag_mutability": "MUTABLE"}, {"image_tag_mutability": "mutable"}, {}] {
		findings := policy.deny with input as repo(values)
		{f.fix | some f in findings} == {[{"set": ["image_tag_mutability"], "value": "IMMUTABLE"}]}
	}
	findings := policy.deny with input as repo({"image_tag_mutability": "MUTABLE_WITH_EXCLUSION", "image_tag_mutability_exclusion_filter": [{"filter": "latest*", "filter_type": "WILDCARD"}]})
	{f.fix | some f in findings} == {[{"set": ["image_tag_mutability"], "value": "IMMUTABLE_WITH_EXCLUSION"}]}
}
