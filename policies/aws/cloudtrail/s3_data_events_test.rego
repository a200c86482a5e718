package srm.aws.cloudtrail.s3_data_events_test

import data.srm.aws.cloudtrail.s3_data_events as policy

trail(name, values) := {
	"address": sprintf("aws_cloudtrail.%s", [name]), "type": "aws_cloudtrail", "name": name,
	"mode": "managed", "file": "main.tf", "values": object.union({"name": name, "s3_bucket_name": "trail-logs"}, values), "references": {},
}

doc(trails) := {"format": "terraform", "module": ".", "resources": {"aws_cloudtrail": trails}}

s3_selector(rw) := {"read_write_type": rw, "data_resource": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}]}

test_trail_without_data_events_is_reported if {
	findings := policy.deny with input as doc([trail("main", {})])
	{[f.resource, f.path] | some f in findings} == {["aws_cloudtrail.main", ["event_selector"]]}
	some f in findings
	contains(f.msg, "read and write")
}

test_lambda_only_selector_is_reported if {
	selector := {"data_resource": [{"type": "AWS::Lambda::Function", "values": ["arn:aws:lambda"]}]}
	count(policy.deny) == 1 with input as doc([trail("main", {"event_selector": [selector]})])
}

test_write_only_misses_reads if {
	findings := policy.deny with input as doc([trail("main", {"event_selector": [s3_selector("WriteOnly")]})])
	some f in findings
	contains(f.msg, "level read events")
}

test_all_events_pass if {
	count(policy.deny) == 0 with input as doc([trail("main", {"event_selector": [{"data_resource": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}]}]})])
	count(policy.deny) == 0 with input as doc([trail("main", {"event_selector": [s3_selector("${var.rw}")]})])
}

test_reads_and_writes_on_two_trails_pass if {
	count(policy.deny) == 0 with input as doc([
		trail("reads", {"event_selector": [s3_selector("ReadOnly")]}),
		trail("writes", {"event_selector": [s3_selector("WriteOnly")]}),
	])
}

test_advanced_selectors if {
	data_s3 := [{"field": "eventCategory", "equals": ["Data"]}, {"field": "resources.type", "equals": ["AWS::S3::Object"]}]
	count(policy.deny) == 0 with input as doc([trail("main", {"advanced_event_selector": [{"name": "s3", "field_selector": data_s3}]})])
	writes := array.concat(data_s3, [{"field": "readOnly", "equals": ["false"]}])
	findings := policy.deny with input as doc([trail("main", {"advanced_event_selector": [{"name": "s3-writes", "field_selector": writes}]})])
	{f.path | some f in findings} == {["advanced_event_selector"]}
	management := [{"field": "eventCategory", "equals": ["Management"]}]
	count(policy.deny) == 1 with input as doc([trail("main", {"advanced_event_selector": [{"field_selector": management}]})])
}
