package srm.aws.cloudtrail.multi_region_test

import data.srm.aws.cloudtrail.multi_region as policy

trail(values) := {"format": "terraform", "module": ".", "resources": {"aws_cloudtrail": [{
	"address": "aws_cloudtrail.main", "type": "aws_cloudtrail", "name": "main",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "main", "s3_bucket_name": "trail-logs"}, values),
}]}}

test_multi_region_trail_passes if {
	count(policy.deny) == 0 with input as trail({"is_multi_region_trail": true})
	count(policy.deny) == 0 with input as trail({"is_multi_region_trail": "${var.multi_region}"})
}

test_single_region_trail_reported if {
	findings := policy.deny with input as trail({"is_multi_region_trail": false})
	count(findings) == 1
	some f in findings
	f.resource == "aws_cloudtrail.main"
	f.path == ["is_multi_region_trail"]
}

test_omitted_attribute_reported if {
	count(policy.deny) == 1 with input as trail({})
}

test_multi_region_without_global_events_reported if {
	findings := policy.deny with input as trail({"is_multi_region_trail": true, "include_global_service_events": false})
	count(findings) == 1
	some f in findings
	f.path == ["include_global_service_events"]
	count(policy.deny) == 0 with input as trail({"is_multi_region_trail": true, "include_global_service_events": true})
	count(policy.deny) == 0 with input as trail({"is_multi_region_trail": true, "include_global_service_events": "${var.global}"})
	count(policy.deny) == 0 with input as trail({"is_multi_region_trail": "${var.multi_region}", "include_global_service_events": false})
}

test_fix_makes_the_trail_multi_region if {
	every values in [{"is_multi_region_trail": false}, {}, {"is_multi_region_trail": false, "include_global_service_events": true}] {
		findings := policy.deny with input as trail(values)
		count(findings) == 1
		every f in findings {
			f.fix == [{"set": ["is_multi_region_trail"], "value": true}]
		}
	}
}

test_fix_also_turns_global_events_on if {
	findings := policy.deny with input as trail({"is_multi_region_trail": false, "include_global_service_events": false})
	count(findings) == 1
	every f in findings {
		f.fix == [
			{"set": ["is_multi_region_trail"], "value": true},
			{"set": ["include_global_service_events"], "value": true},
		]
	}
	global := policy.deny with input as trail({"is_multi_region_trail": true, "include_global_service_events": false})
	count(global) == 1
	every f in global {
		f.fix == [{"set": ["include_global_service_events"], "value": true}]
	}
}
