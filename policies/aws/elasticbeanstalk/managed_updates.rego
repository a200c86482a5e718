# METADATA
# title: Elastic Beanstalk environment turns managed platform updates off
# description: >-
#   Managed platform updates move an environment to the latest patch or minor
#   version of its platform (operating system, language runtime, web server) in a
#   weekly window. With `ManagedActionsEnabled` set to false the instances keep the
#   platform version they were launched with, and its known vulnerabilities, until
#   someone updates the environment by hand or the platform version is retired. The
#   console turns the option on for new environments; other clients get the
#   service's default, which is not judged here: only an explicit false is reported.
# custom:
#   id: SRM-AWS-ELASTICBEANSTALK-001
#   severity: medium
#   areas: [vulnerability-management, guest-os]
#   responsibility: shared
#   input: {format: terraform, types: [aws_elastic_beanstalk_environment]}
#   remediation: >-
#     Turn managed updates on with a window and a level: `setting { namespace =
#     "aws:elasticbeanstalk:managedactions" name = "ManagedActionsEnabled" value =
#     "true" }`, plus `PreferredStartTime` (e.g. `"Sun:03:00"`) in the same namespace
#     and `UpdateLevel = "minor"` in `aws:elasticbeanstalk:managedactions:platformupdate`.
#   frameworks: {nist-800-53: [SI-2, SI-2(2)]}
#   references:
#     - "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html"
#     - "https://docs.aws.amazon.com/config/latest/developerguide/elastic-beanstalk-managed-updates-enabled.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elastic_beanstalk_environment#option-settings"
package srm.aws.elasticbeanstalk.managed_updates

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Elastic Beanstalk environment %s sets ManagedActionsEnabled = %v: managed platform updates are off", [r.address, s.value]),
	"resource": r.address,
	"path": ["setting", i, "value"],
} if {
	some r in tf.resources("aws_elastic_beanstalk_environment")
	some i, s in tf.blocks(r.values, "setting")
	s.namespace == "aws:elasticbeanstalk:managedactions"
	s.name == "ManagedActionsEnabled"
	is_false(s.value)
}

is_false(value) if tf.is_false(value)

is_false(value) if {
	is_string(value)
	lower(value) == "false"
}
