# METADATA
# title: S3 bucket versioning is not enabled
# description: >-
#   Without versioning an overwrite or a delete, whether by a buggy deployment, a
#   careless operator or ransomware holding stolen credentials, destroys the only
#   copy of an object. Versioning keeps every previous version so that data can be
#   restored after an incident, and it is a prerequisite for MFA delete, Object
#   Lock and replication. S3 does not enable it by default, and once suspended new
#   writes again replace objects for good. A bucket with no versioning at all gets
#   no automatic fix: it needs a new aws_s3_bucket_versioning resource.
# custom:
#   id: SRM-AWS-S3-004
#   severity: medium
#   areas: [incident-response]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_versioning]}
#   remediation: >-
#     Enable versioning with `resource "aws_s3_bucket_versioning" "b" { bucket = aws_s3_bucket.b.id
#     versioning_configuration { status = "Enabled" } }` (AWS provider v4+), or
#     `versioning { enabled = true }` inside the bucket with provider v3; add a
#     lifecycle rule expiring noncurrent versions to bound the cost.
#   fix: {safety: safe, change: "Sets `enabled = true` in the inline `versioning` block, or `status = \"Enabled\"` in `aws_s3_bucket_versioning`; S3 keeps previous versions of overwritten and deleted objects from then on (more storage, and versioning can later only be suspended). A bucket with no versioning at all gets no fix."}
#   frameworks: {nist-800-53: [CP-9, CP-10, SI-12]}
#   peers: {checkov: [CKV_AWS_21], kics: [s3_bucket_without_versioning], trivy: [AVD-AWS-0090]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning"
package srm.aws.s3.bucket_versioning

import data.srm.lib.terraform as tf

# A bucket with neither an inline versioning block nor an aws_s3_bucket_versioning.
deny contains {
	"msg": sprintf("S3 bucket %s has no versioning (neither an inline versioning block nor an aws_s3_bucket_versioning referring to it)", [b.address]),
	"resource": b.address,
	"path": ["versioning"],
} if {
	some b in tf.resources("aws_s3_bucket")
	count(tf.blocks(b.values, "versioning")) == 0
	not tf.is_attached("aws_s3_bucket_versioning", "bucket", b)
}

# An inline versioning block that is off (`enabled = false` or left out).
deny contains {
	"msg": sprintf("S3 bucket %s has versioning %s", [b.address, state]),
	"resource": b.address,
	"path": ["versioning", i, "enabled"],
	"fix": [{"set": ["versioning", i, "enabled"], "value": true}],
} if {
	some b in tf.resources("aws_s3_bucket")
	not covered(b)
	some i, v in tf.blocks(b.values, "versioning")
	state := inline_state(v)
}

# An aws_s3_bucket_versioning whose status is not "Enabled", whatever bucket it is for.
deny contains {
	"msg": sprintf("%s sets the versioning status to %q instead of \"Enabled\"", [s.address, status]),
	"resource": s.address,
	"path": ["versioning_configuration", i, "status"],
	"fix": [{"set": ["versioning_configuration", i, "status"], "value": "Enabled"}],
} if {
	some s in tf.resources("aws_s3_bucket_versioning")
	some i, config in tf.blocks(s.values, "versioning_configuration")
	status := config.status
	is_string(status)
	not tf.is_unresolved(status)
	status != "Enabled"
}

inline_state(v) := "disabled (enabled = false)" if tf.is_false(v.enabled)

inline_state(v) := "off (the versioning block does not set enabled = true)" if object.get(v, "enabled", null) == null

# covered(b): versioning is on, or depends on a value we cannot see.
covered(b) if {
	some v in tf.blocks(b.values, "versioning")
	tf.is_true(v.enabled)
}

covered(b) if {
	some v in tf.blocks(b.values, "versioning")
	tf.is_unresolved(v.enabled)
}

# Any split resource decides on its own (and is reported on its own when not Enabled).
covered(b) if tf.is_attached("aws_s3_bucket_versioning", "bucket", b)
