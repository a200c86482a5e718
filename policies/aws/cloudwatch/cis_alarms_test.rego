package srm.aws.cloudwatch.cis_alarms_test

import data.srm.aws.cloudwatch.cis_alarms as policy

res(type, name, values, refs) := {
	"address": sprintf("%s.%s", [type, name]), "type": type, "name": name,
	"mode": "managed", "file": "main.tf", "values": values, "references": refs,
}

trail(values) := res("aws_cloudtrail", "main", object.union({"name": "main", "s3_bucket_name": "trail-logs"}, values), {})

cw_trail := trail({"cloud_watch_logs_group_arn": "${aws_cloudwatch_log_group.trail.arn}:*"})

patterns := {
	"unauthorized": "{ ($.errorCode = \"*UnauthorizedOperation\") || ($.errorCode = \"AccessDenied*\") }",
	"no_mfa": "{ ($.eventName = \"ConsoleLogin\") && ($.additionalEventData.MFAUsed != \"Yes\") }",
	"root": "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }",
	"iam": "{($.eventName=DeleteGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=AttachRolePolicy)}",
	"cloudtrail": "{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StopLogging) }",
	"login_failures": "{ ($.eventName = ConsoleLogin) && ($.errorMessage = \"Failed authentication\") }",
	"kms": "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||($.eventName=ScheduleKeyDeletion))}",
	"bucket_policy": "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }",
	"config": "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)) }",
	"security_groups": "{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = CreateSecurityGroup) }",
	"nacl": "{ ($.eventName = CreateNetworkAcl) || ($.eventName = ReplaceNetworkAclEntry) }",
	"gateways": "{ ($.eventName = CreateCustomerGateway) || ($.eventName = AttachInternetGateway) }",
	"routes": "{ ($.eventName = CreateRoute) || ($.eventName = ReplaceRoute) }",
	"vpc": "{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) }",
	"organizations": "{ ($.eventSource = organizations.amazonaws.com) && ($.eventName = \"LeaveOrganization\") }",
}

filters := [res("aws_cloudwatch_log_metric_filter", key, {
	"name": key, "log_group_name": "cloudtrail", "pattern": pattern,
	"metric_transformation": [{"name": key, "namespace": "CIS", "value": "1"}],
}, {}) | some key, pattern in patterns]

alarms := [res("aws_cloudwatch_metric_alarm", key, {
	"alarm_name": key, "metric_name": key, "namespace": "CIS", "comparison_operator": "GreaterThanOrEqualToThreshold",
	"evaluation_periods": 1, "period": 300, "statistic": "Sum", "threshold": 1,
	"alarm_actions": ["${aws_sns_topic.security.arn}"],
}, {}) | some key, _ in patterns]

doc(resources) := {"format": "terraform", "module": ".", "resources": resources}

test_trail_without_filters_is_reported if {
	findings := policy.deny with input as doc({"aws_cloudtrail": [cw_trail]})
	{[f.resource, f.path] | some f in findings} == {["aws_cloudtrail.main", ["cloud_watch_logs_group_arn"]]}
	some f in findings
	contains(f.msg, "15 CIS event(s)")
}

test_all_filters_with_alarms_pass if {
	count(policy.deny) == 0 with input as doc({"aws_cloudtrail": [cw_trail], "aws_cloudwatch_log_metric_filter": filters, "aws_cloudwatch_metric_alarm": alarms})
}

test_missing_one_event_is_reported if {
	partial := [f | some f in filters; f.name != "root"]
	findings := policy.deny with input as doc({"aws_cloudtrail": [cw_trail], "aws_cloudwatch_log_metric_filter": partial, "aws_cloudwatch_metric_alarm": alarms})
	some f in findings
	contains(f.msg, "1 CIS event(s): 4.3 root account usage")
}

test_filter_without_notifying_alarm_does_not_count if {
	silent := [object.union(a, {"values": {"alarm_actions": []}}) | some a in alarms]
	findings := policy.deny with input as doc({"aws_cloudtrail": [cw_trail], "aws_cloudwatch_log_metric_filter": filters, "aws_cloudwatch_metric_alarm": silent})
	some f in findings
	contains(f.msg, "15 CIS event(s)")
	no_alarm := policy.deny with input as doc({"aws_cloudtrail": [cw_trail], "aws_cloudwatch_log_metric_filter": filters})
	count(no_alarm) == 1
}

test_alarm_by_reference_and_unresolved_values if {
	by_ref := [object.union(a, {"values": {"metric_name": sprintf("${aws_cloudwatch_log_metric_filter.%s.metric_transformation[0].name}", [a.name])}, "references": {"metric_name": [sprintf("aws_cloudwatch_log_metric_filter.%s", [a.name])]}}) | some a in alarms]
	count(policy.deny) == 0 with input as doc({"aws_cloudtrail": [cw_trail], "aws_cloudwatch_log_metric_filter": filters, "aws_cloudwatch_metric_alarm": by_ref})
	unresolved_filter := res("aws_cloudwatch_log_metric_filter", "custom", {"name": "custom", "log_group_name": "cloudtrail", "pattern": "${var.pattern}", "metric_transformation": [{"name": "custom", "namespace": "CIS", "value": "1"}]}, {})
	count(policy.deny) == 0 with input as doc({"aws_cloudtrail": [cw_trail], "aws_cloudwatch_log_metric_filter": [unresolved_filter]})
}

test_trail_without_cloudwatch_is_not_judged if {
	count(policy.deny) == 0 with input as doc({"aws_cloudtrail": [trail({})]})
	count(policy.deny) == 0 with input as doc({"aws_cloudtrail": [trail({"cloud_watch_logs_group_arn": ""})]})
}
