# METADATA
# title: No CloudTrail trail records S3 object-level events
# description: >-
#   CloudTrail records management events only unless data events are selected:
#   GetObject, PutObject and DeleteObject calls on S3 then leave no trace, so a
#   leak of files by a stolen key, a mass download or a ransomware-style overwrite
#   of a bucket cannot be detected or scoped afterwards. CIS asks for object-level
#   logging of both write and read events; data events are opt-in (and billed) and
#   must be selected by the customer on a trail. The module is judged as a whole:
#   one trail recording reads and another recording writes is enough.
# custom:
#   id: SRM-AWS-CLOUDTRAIL-005
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudtrail]}
#   remediation: >-
#     Select S3 data events on a trail: `event_selector { read_write_type = "All"
#     include_management_events = true data_resource { type = "AWS::S3::Object"
#     values = ["arn:aws:s3"] } }` (or the buckets that hold sensitive data), or an
#     `advanced_event_selector` with `eventCategory = Data` and `resources.type =
#     AWS::S3::Object`.
#   frameworks: {cis-aws-3.0: ["3.8", "3.9"], nist-800-53: [AU-2, AU-12]}
#   references:
#     - "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html"
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#event_selector"
package srm.aws.cloudtrail.s3_data_events

import data.srm.lib.terraform as tf

all_kinds := {"read", "write"}

deny contains {
	"msg": sprintf("CloudTrail trail %s does not record S3 object-level %s events, and no other trail in this module does; select AWS::S3::Object data events", [r.address, concat(" and ", sort(missing))]),
	"resource": r.address,
	"path": [selector_attr(r)],
} if {
	count(missing) > 0
	some r in tf.resources("aws_cloudtrail")
}

missing := all_kinds - {kind |
	some r in tf.resources("aws_cloudtrail")
	some kind in coverage(r)
}

# coverage(trail) is the set of S3 object event kinds ("read", "write") the trail records.
coverage(trail) := basic_coverage(trail) | advanced_coverage(trail)

# Basic event selectors: a data_resource of type AWS::S3::Object; read_write_type
# defaults to All.
basic_coverage(trail) := {kind |
	some selector in tf.blocks(trail.values, "event_selector")
	some resource in tf.blocks(selector, "data_resource")
	s3_object_type(resource.type)
	some kind in read_write(object.get(selector, "read_write_type", "All"))
}

# Advanced event selectors: eventCategory = Data and resources.type =
# AWS::S3::Object; readOnly restricts to reads or writes.
advanced_coverage(trail) := {kind |
	some selector in tf.blocks(trail.values, "advanced_event_selector")
	fields := tf.blocks(selector, "field_selector")
	field_allows(fields, "eventCategory", "Data")
	field_allows(fields, "resources.type", "AWS::S3::Object")
	some kind in read_only_kinds(fields)
}

s3_object_type(type) if type == "AWS::S3::Object"

s3_object_type(type) if tf.is_unresolved(type)

read_write(value) := all_kinds if value == "All"

read_write(value) := {"read"} if value == "ReadOnly"

read_write(value) := {"write"} if value == "WriteOnly"

read_write(value) := all_kinds if tf.is_unresolved(value)

field_allows(fields, name, wanted) if {
	some field in fields
	field.field == name
	equals := object.get(field, "equals", null)
	some value in as_list(equals)
	value in {wanted}
}

field_allows(fields, name, _) if {
	some field in fields
	field.field == name
	tf.is_unresolved(object.get(field, "equals", null))
}

read_only_kinds(fields) := all_kinds if {
	not has_field(fields, "readOnly")
} else := {kind |
	some field in fields
	field.field == "readOnly"
	some value in as_list(object.get(field, "equals", []))
	some kind in read_only_value(value)
}

read_only_value("true") := {"read"}

read_only_value("false") := {"write"}

read_only_value(value) := all_kinds if tf.is_unresolved(value)

has_field(fields, name) if {
	some field in fields
	field.field == name
}

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)

selector_attr(trail) := "advanced_event_selector" if {
	count(tf.blocks(trail.values, "advanced_event_selector")) > 0
} else := "event_selector"
