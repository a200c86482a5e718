# METADATA
# title: ACM certificate opts out of certificate transparency logging
# description: >-
#   Publicly trusted certificates are recorded in public certificate transparency
#   (CT) logs, which is how domain owners and monitoring services spot a
#   certificate issued for their names that they did not ask for, and browsers
#   such as Chrome and Safari reject public certificates that carry no CT proof.
#   ACM logs every public certificate unless
#   `certificate_transparency_logging_preference = "DISABLED"` opts it out, which
#   hides it from that monitoring and breaks it in browsers. Private CA and
#   imported certificates are not judged.
# custom:
#   id: SRM-AWS-ACM-001
#   severity: low
#   areas: [logging-monitoring]
#   responsibility: customer
#   input: {format: terraform, types: [aws_acm_certificate]}
#   remediation: >-
#     Keep CT logging on: remove the preference or set `options {
#     certificate_transparency_logging_preference = "ENABLED" }` on
#     `aws_acm_certificate`; to keep host names out of public logs, use a wildcard
#     name or a private CA.
#   frameworks: {nist-800-53: [SC-17, SI-4]}
#   peers: {checkov: [CKV_AWS_234]}
#   references:
#     - "https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#certificate_transparency_logging_preference"
package srm.aws.acm.transparency_logging

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ACM certificate %s is kept out of certificate transparency logs: certificate_transparency_logging_preference is %q; set it to \"ENABLED\"", [r.address, option.certificate_transparency_logging_preference]),
	"resource": r.address,
	"path": ["options", i, "certificate_transparency_logging_preference"],
} if {
	some r in public_certificates
	some i, option in tf.blocks(r.values, "options")
	is_string(option.certificate_transparency_logging_preference)
	upper(option.certificate_transparency_logging_preference) == "DISABLED"
}

# Public certificates that ACM requests (not private CA, not imported).
applies contains r.address if some r in public_certificates

unknown contains {"resource": r.address, "path": ["options", i, "certificate_transparency_logging_preference"]} if {
	some r in public_certificates
	some i, option in tf.blocks(r.values, "options")
	tf.is_unresolved(object.get(option, "certificate_transparency_logging_preference", null))
}

public_certificates contains r if {
	some r in tf.resources("aws_acm_certificate")
	object.get(r.values, "certificate_authority_arn", null) == null
	object.get(r.values, "certificate_body", null) == null
	object.get(r.values, "private_key", null) == null
}
