# METADATA
# title: ACM certificate uses or may select a 1024-bit RSA key
# description: >-
#   A 1024-bit RSA key is within reach of well-funded attackers and has been below
#   the minimum of NIST and the CA/Browser Forum for over a decade: traffic
#   protected by it, and signatures made with it, cannot be trusted for long.
#   `key_algorithm = "RSA_1024"` asks ACM for such a key, and a
#   `data.aws_acm_certificate` lookup whose `key_types` include "RSA_1024" can pick
#   an imported certificate with one and hand it to load balancers, CloudFront or
#   API Gateway. ACM issues RSA 2048 keys unless told otherwise; the choice of key
#   is the customer's.
# custom:
#   id: SRM-AWS-ACM-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_acm_certificate, data.aws_acm_certificate]}
#   remediation: >-
#     Use `key_algorithm = "RSA_2048"` (or "EC_prime256v1" / "EC_secp384r1") on
#     `aws_acm_certificate`, drop "RSA_1024" from `key_types` in
#     `data.aws_acm_certificate` lookups, and reimport any certificate with a
#     1024-bit key after reissuing it with a 2048-bit or ECDSA key.
#   frameworks: {nist-800-53: [SC-12, SC-13, SC-17]}
#   references:
#     - "https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate-characteristics.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/acm_certificate#key_algorithm"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/acm_certificate#key_types"
package srm.aws.acm.rsa_1024

import data.srm.lib.terraform as tf

weak := "RSA_1024"

deny contains {
	"msg": sprintf("ACM certificate %s asks for a 1024-bit RSA key: key_algorithm is %q; use \"RSA_2048\" or an ECDSA algorithm", [r.address, r.values.key_algorithm]),
	"resource": r.address,
	"path": ["key_algorithm"],
} if {
	some r in tf.resources("aws_acm_certificate")
	is_string(r.values.key_algorithm)
	upper(r.values.key_algorithm) == weak
}

deny contains {
	"msg": sprintf("ACM certificate lookup %s accepts certificates with 1024-bit RSA keys: key_types includes %q; remove it", [r.address, key_type]),
	"resource": r.address,
	"path": ["key_types"],
} if {
	some r in tf.resources("data.aws_acm_certificate")
	some key_type in tf.as_array(object.get(r.values, "key_types", []))
	is_string(key_type)
	upper(key_type) == weak
}

unknown contains {"resource": r.address, "path": ["key_algorithm"]} if {
	some r in tf.resources("aws_acm_certificate")
	tf.is_unresolved(r.values.key_algorithm)
}

unknown contains {"resource": r.address, "path": ["key_types"]} if {
	some r in tf.resources("data.aws_acm_certificate")
	some key_type in tf.as_array(object.get(r.values, "key_types", []))
	tf.is_unresolved(key_type)
}
