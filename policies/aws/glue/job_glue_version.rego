# METADATA
# title: Glue job uses a Glue version that has reached end of life
# description: >-
#   Glue versions 0.9, 1.0 and 2.0 bundle Spark 2.x, Python 2.7 to 3.7 and
#   libraries that stopped receiving security fixes years ago. AWS ended their
#   support between 2022 and 2024 for Spark jobs (March 2026 for Python shell
#   jobs on Glue 1.0), and since the Spark versions' end of life on 1 April 2026
#   such jobs can no longer start. AWS patches only the Glue versions in support;
#   moving jobs to one is the customer's duty.
# custom:
#   id: SRM-AWS-GLUE-005
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: shared
#   input: {format: terraform, types: [aws_glue_job]}
#   remediation: >-
#     Move the job to a supported version and test it: `glue_version = "5.0"` for
#     Spark jobs (`"3.0"` with `python_version = "3.9"` for Python shell jobs), or
#     remove `glue_version` to get the current default.
#   frameworks: {nist-800-53: [SI-2, SA-22, CM-2]}
#   references:
#     - "https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html"
#     - "https://docs.aws.amazon.com/glue/latest/dg/release-notes.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_job#glue_version"
package srm.aws.glue.job_glue_version

import data.srm.lib.terraform as tf

# Versions past end of life (https://docs.aws.amazon.com/glue/latest/dg/glue-version-support-policy.html).
end_of_life := {"0.9", "1.0", "2.0"}

deny contains {
	"msg": sprintf("Glue job %s runs on Glue %s, which is past end of support (end of life for Spark jobs on 2026-04-01) and gets no security fixes; move it to a supported version", [r.address, r.values.glue_version]),
	"resource": r.address,
	"path": ["glue_version"],
} if {
	some r in tf.resources("aws_glue_job")
	r.values.glue_version in end_of_life
}

unknown contains {"resource": r.address, "path": ["glue_version"]} if {
	some r in tf.resources("aws_glue_job")
	tf.is_unresolved(r.values.glue_version)
}
