# METADATA
# title: Amazon Macie or a scheduled Macie discovery job is paused
# description: >-
#   Macie is how the account finds out where personal, financial and credential
#   data sits in S3, and whether buckets holding it are public, unencrypted or
#   shared. A Macie account with `status = "PAUSED"` stops all discovery and
#   policy findings, and a scheduled classification job that is paused or
#   cancelled no longer inspects new objects, so sensitive data copied into the
#   wrong bucket goes unnoticed while the configuration suggests it is watched.
#   Macie runs only while the customer keeps it enabled.
# custom:
#   id: SRM-AWS-MACIE-001
#   severity: medium
#   areas: [data-security, compliance]
#   responsibility: customer
#   input: {format: terraform, types: [aws_macie2_account, aws_macie2_classification_job]}
#   remediation: >-
#     Keep Macie running: `status = "ENABLED"` (the default) on `aws_macie2_account`,
#     and `job_status = "RUNNING"` on scheduled `aws_macie2_classification_job`s (or
#     rely on automated sensitive data discovery).
#   frameworks: {nist-800-53: [RA-2, SI-4, PM-5(1)]}
#   references:
#     - "https://docs.aws.amazon.com/macie/latest/user/macie-suspend-disable.html"
#     - "https://docs.aws.amazon.com/macie/latest/user/discovery-jobs.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/macie2_account#status"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/macie2_classification_job#job_status"
package srm.aws.macie.discovery_paused

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Macie account %s is suspended: status is %q, so no sensitive data discovery or bucket findings are produced; set it to \"ENABLED\"", [r.address, r.values.status]),
	"resource": r.address,
	"path": ["status"],
} if {
	some r in tf.resources("aws_macie2_account")
	is_string(r.values.status)
	upper(r.values.status) == "PAUSED"
}

deny contains {
	"msg": sprintf("Scheduled Macie classification job %s no longer runs: job_status is %q; set it to \"RUNNING\"", [r.address, r.values.job_status]),
	"resource": r.address,
	"path": ["job_status"],
} if {
	some r in scheduled_jobs
	is_string(r.values.job_status)
	upper(r.values.job_status) in {"USER_PAUSED", "CANCELLED"}
}

unknown contains {"resource": r.address, "path": ["status"]} if {
	some r in tf.resources("aws_macie2_account")
	tf.is_unresolved(r.values.status)
}

unknown contains {"resource": r.address, "path": ["job_status"]} if {
	some r in scheduled_jobs
	tf.is_unresolved(r.values.job_status)
}

# One-time jobs end by design; only scheduled jobs are meant to keep running.
scheduled_jobs contains r if {
	some r in tf.resources("aws_macie2_classification_job")
	is_string(r.values.job_type)
	upper(r.values.job_type) == "SCHEDULED"
}
