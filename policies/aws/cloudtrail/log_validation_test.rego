package srm.aws.cloudtrail.log_validation_test

import data.srm.aws.cloudtrail.log_validation as policy

trail(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudtrail": [{
	"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "main", "s3_bucket_name": "trail-logs"}, values),
}]}}

test_validation_enabled_passes if {
	count(policy.deny) == 0 with input as trail({"enable_log_file_validation": true})
	count(policy.deny) == 0 with input as trail({"enable_log_file_validation": "${var.validate}"})
}

test_validation_disabled_reported if {
	findings := policy.deny with input as trail({"enable_log_file_validation": false})
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudtrail.main"
	f.path == ["enable_log_file_validation"]
}

test_omitted_attribute_reported if {
	count(policy.deny) == 1 with input as trail({})
}

test_fix_turns_validation_on if {
	every values in [{"enable_log_file_validation": false}, {"enable_log_file_validation": "false"}, {}] {
		findings := policy.deny with input as trail(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["enable_log_file_validation"], "value": true}]
		}
	}
}
