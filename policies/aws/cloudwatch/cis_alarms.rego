# METADATA
# title: CloudTrail events are not watched by the CIS metric filters and alarms
# description: >-
#   Sending CloudTrail to CloudWatch Logs only helps if someone is told when
#   something dangerous happens: root sign-ins, console logins without MFA,
#   unauthorized API calls, changes to IAM policies, to CloudTrail or Config, to
#   KMS keys, bucket policies and the network. CIS section 4 asks for a metric
#   filter and an alarm with a notification for each of these events. AWS provides
#   the mechanism but watches nothing by default. A trail of this module that
#   delivers to CloudWatch Logs is reported when a filter (with an alarm that has
#   alarm_actions on its metric) is missing for any of the events.
# custom:
#   id: SRM-AWS-CLOUDWATCH-003
#   severity: medium
#   areas: [logging-monitoring, incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudtrail, aws_cloudwatch_log_metric_filter, aws_cloudwatch_metric_alarm]}
#   remediation: >-
#     For each event, add a filter on the trail's log group and an alarm that
#     notifies, e.g. `resource "aws_cloudwatch_log_metric_filter" "root" { name =
#     "root-usage" log_group_name = aws_cloudwatch_log_group.trail.name pattern =
#     "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS &&
#     $.eventType != \"AwsServiceEvent\" }" metric_transformation { name =
#     "RootUsage" namespace = "CISBenchmark" value = "1" } }` with `resource
#     "aws_cloudwatch_metric_alarm" "root" { metric_name = "RootUsage" namespace =
#     "CISBenchmark" ... alarm_actions = [aws_sns_topic.security.arn] }`.
#   frameworks:
#     cis-aws-3.0: ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12", "4.13", "4.14", "4.15"]
#     nist-800-53: [AU-6, AU-6(1), SI-4, IR-4]
#   references:
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html"
#     - "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/MonitoringLogData.html"
#     - "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_metric_filter"
package srm.aws.cloudwatch.cis_alarms

import data.srm.lib.terraform as tf

# CIS AWS Foundations 3.0, section 4: the event and the pattern fragments that
# identify its filter (any one alternative, all fragments of it).
cis_events := {
	"4.1 unauthorized API calls": [["UnauthorizedOperation"], ["AccessDenied"]],
	"4.2 console sign-in without MFA": [["ConsoleLogin", "MFAUsed"]],
	"4.3 root account usage": [["userIdentity.type", "Root"]],
	"4.4 IAM policy changes": [["PutRolePolicy"], ["AttachRolePolicy"], ["PutUserPolicy"], ["CreatePolicyVersion"]],
	"4.5 CloudTrail configuration changes": [["StopLogging"], ["DeleteTrail"], ["UpdateTrail"]],
	"4.6 console authentication failures": [["ConsoleLogin", "Failed authentication"]],
	"4.7 disabled or deleted KMS keys": [["DisableKey"], ["ScheduleKeyDeletion"]],
	"4.8 S3 bucket policy changes": [["PutBucketPolicy"], ["DeleteBucketPolicy"]],
	"4.9 AWS Config changes": [["StopConfigurationRecorder"], ["DeleteDeliveryChannel"], ["PutConfigurationRecorder"]],
	"4.10 security group changes": [["AuthorizeSecurityGroupIngress"], ["RevokeSecurityGroupIngress"], ["CreateSecurityGroup"]],
	"4.11 network ACL changes": [["CreateNetworkAcl"], ["ReplaceNetworkAclEntry"], ["DeleteNetworkAcl"]],
	"4.12 network gateway changes": [["CreateCustomerGateway"], ["AttachInternetGateway"], ["CreateInternetGateway"]],
	"4.13 route table changes": [["CreateRoute"], ["ReplaceRoute"], ["DeleteRouteTable"]],
	"4.14 VPC changes": [["CreateVpc"], ["DeleteVpc"], ["ModifyVpcAttribute"]],
	"4.15 AWS Organizations changes": [["organizations.amazonaws.com"]],
}

deny contains {
	"msg": sprintf("CloudTrail trail %s delivers to CloudWatch Logs, but no metric filter with a notifying alarm in this module watches for %d CIS event(s): %s", [r.address, count(missing), concat("; ", ordered(missing))]),
	"resource": r.address,
	"path": ["cloud_watch_logs_group_arn"],
} if {
	some r in tf.resources("aws_cloudtrail")
	object.get(r.values, "cloud_watch_logs_group_arn", "") != ""
	object.get(r.values, "cloud_watch_logs_group_arn", null) != null
	not unjudgeable
	count(missing) > 0
}

missing := {event |
	some event, _ in cis_events
	not monitored(event)
}

# The events in CIS order (4.1, 4.2, ... 4.15).
ordered(events) := [event |
	some n in sort({number(e) | some e in events})
	some event in events
	number(event) == n
]

number(event) := to_number(split(split(event, " ")[0], ".")[1])

monitored(event) if {
	some filter in tf.resources("aws_cloudwatch_log_metric_filter")
	watches(event, filter.values.pattern)
	alarmed(filter)
}

# alarmed(filter): a notifying alarm is on the filter's metric: by name
# (metric_name or a metric of a metric_query), by a reference to the filter, or
# through an unresolved name. Looked up in sets of the notifying alarms' metric
# names and references computed once per document, not by scanning every alarm
# for every filter.
alarmed(filter) if {
	some transformation in tf.blocks(filter.values, "metric_transformation")
	notifying_metric_names[[transformation.name]]
}

alarmed(filter) if notifying_references[tf.base_address(filter)]

alarmed(_) if notifying_unresolved_metric

# notifying_metric_names: the metric names of the notifying alarms, each wrapped
# in a list (so that any value is found, `false` too).
notifying_metric_names contains [name] if {
	some alarm in tf.resources("aws_cloudwatch_metric_alarm")
	notifies(alarm)
	some name in metric_names(alarm)
}

# notifying_references: every address any attribute of a notifying alarm refers to.
notifying_references contains address if {
	some alarm in tf.resources("aws_cloudwatch_metric_alarm")
	notifies(alarm)
	some _, addresses in alarm.references
	some address in addresses
}

# A notifying alarm whose metric name is an expression may be on any filter's metric.
notifying_unresolved_metric if {
	some alarm in tf.resources("aws_cloudwatch_metric_alarm")
	notifies(alarm)
	some name in metric_names(alarm)
	tf.is_unresolved(name)
}

# A filter whose pattern is an expression may watch for anything: not judged.
unjudgeable if {
	some filter in tf.resources("aws_cloudwatch_log_metric_filter")
	tf.is_unresolved(filter.values.pattern)
}

watches(event, pattern) if {
	is_string(pattern)
	some fragments in cis_events[event]
	every fragment in fragments {
		contains(pattern, fragment)
	}
}

metric_names(alarm) := {name | name := alarm.values.metric_name} | {name |
	some query in tf.blocks(alarm.values, "metric_query")
	some metric in tf.blocks(query, "metric")
	name := metric.metric_name
}

# CIS asks for a notification (SNS subscribers): alarm_actions must be set.
notifies(alarm) if {
	actions := alarm.values.alarm_actions
	is_array(actions)
	count(actions) > 0
}

notifies(alarm) if tf.is_unresolved(alarm.values.alarm_actions)
