package srm.aws.elasticbeanstalk.managed_updates_test

import data.srm.aws.elasticbeanstalk.managed_updates as policy

env(settings) := {"format": "terraform", "module": ".", "resources": {"aws_elastic_beanstalk_environment": [{
	"address": "aws_elastic_beanstalk_environment.e", "type": "aws_elastic_beanstalk_environment", "name": "e",
	"mode": "managed", "file": "main.tf",
	"values": {"name": "e", "application": "app", "solution_stack_name": "64bit Amazon Linux 2023 v6.1.0 running Node.js 20", "setting": settings},
	"references": {},
}]}}

managed(value) := {"namespace": "aws:elasticbeanstalk:managedactions", "name": "ManagedActionsEnabled", "value": value}

other := {"namespace": "aws:autoscaling:launchconfiguration", "name": "InstanceType", "value": "t3.small"}

test_disabled_is_reported if {
	findings := policy.deny with input as env([other, managed("false")])
	{[f.resource, f.path] | some f in findings} == {["aws_elastic_beanstalk_environment.e", ["setting", 1, "value"]]}
	count(policy.deny) == 1 with input as env([managed(false)])
	count(policy.deny) == 1 with input as env([managed("False")])
}

test_enabled_omitted_and_unresolved_pass if {
	count(policy.deny) == 0 with input as env([managed("true")])
	count(policy.deny) == 0 with input as env([other])
	count(policy.deny) == 0 with input as env([])
	count(policy.deny) == 0 with input as env([managed("${var.managed_updates}")])
	# the same option name in another namespace is not this setting
	count(policy.deny) == 0 with input as env([{"namespace": "aws:elasticbeanstalk:application:environment", "name": "ManagedActionsEnabled", "value": "false"}])
}
