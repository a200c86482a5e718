# METADATA
# title: CloudFront distribution accepts outdated TLS versions or ciphers from viewers
# description: >-
#   With a custom certificate, minimum_protocol_version decides the oldest TLS
#   version and the cipher suites CloudFront negotiates with viewers. Anything
#   below TLSv1.2_2021 still accepts TLS 1.0/1.1 or weak TLS 1.2 ciphers (CBC
#   without forward secrecy), which expose traffic to downgrade and decryption
#   attacks. The Terraform default is TLSv1; the security policy is the
#   customer's choice. A distribution on the default *.cloudfront.net certificate
#   (`cloudfront_default_certificate = true`) always uses the TLSv1 policy, so it
#   is reported too: only a custom certificate lets you raise the minimum.
# custom:
#   id: SRM-AWS-CLOUDFRONT-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_cloudfront_distribution]}
#   remediation: >-
#     Use a custom certificate (the default CloudFront certificate is fixed at
#     TLSv1) and set a current security policy on it:
#     `viewer_certificate { acm_certificate_arn = aws_acm_certificate.site.arn
#     ssl_support_method = "sni-only" minimum_protocol_version = "TLSv1.2_2021" }`.
#   frameworks: {nist-800-53: [SC-8, SC-8(1), SC-13]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#minimum_protocol_version"
#   peers: {checkov: [CKV_AWS_174], kics: ["cloudfront_without_minimum_protocol_tls_1.2"], trivy: [AVD-AWS-0013]}
package srm.aws.cloudfront.tls_minimum_version

import data.srm.lib.terraform as tf

allowed := {"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

deny contains {
	"msg": sprintf("CloudFront distribution %s accepts outdated TLS from viewers: minimum_protocol_version is %q (use TLSv1.2_2021 or later)", [r.address, certificate.minimum_protocol_version]),
	"resource": r.address,
	"path": ["viewer_certificate", i, "minimum_protocol_version"],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	some i, certificate in tf.blocks(r.values, "viewer_certificate")
	custom_certificate(certificate)
	version := certificate.minimum_protocol_version
	is_string(version)
	not tf.is_unresolved(version)
	not version in allowed
}

deny contains {
	"msg": sprintf("CloudFront distribution %s accepts outdated TLS from viewers: minimum_protocol_version is not set (default TLSv1)", [r.address]),
	"resource": r.address,
	"path": ["viewer_certificate", i, "minimum_protocol_version"],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	some i, certificate in tf.blocks(r.values, "viewer_certificate")
	custom_certificate(certificate)
	not "minimum_protocol_version" in object.keys(certificate)
}

# The *.cloudfront.net certificate always allows TLSv1: only custom
# certificates (ACM or IAM) have a security policy to choose.
custom_certificate(certificate) if tf.is_false(object.get(certificate, "cloudfront_default_certificate", false))

deny contains {
	"msg": sprintf("CloudFront distribution %s uses the default CloudFront certificate, whose security policy is fixed at TLSv1: viewers can connect with TLS 1.0 (use a custom certificate with TLSv1.2_2021 or later)", [r.address]),
	"resource": r.address,
	"path": ["viewer_certificate", i, "cloudfront_default_certificate"],
} if {
	some r in tf.resources("aws_cloudfront_distribution")
	some i, certificate in tf.blocks(r.values, "viewer_certificate")
	tf.is_true(object.get(certificate, "cloudfront_default_certificate", false))
}
