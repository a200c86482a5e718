# METADATA
# title: Public hosted zone is not signed with DNSSEC
# description: >-
#   Without DNSSEC, resolvers cannot tell a genuine answer for the domain from a
#   forged one, so cache poisoning or an on-path attacker can send users,
#   e-mail and API clients of the domain to hosts of the attacker's choosing.
#   Route 53 signs a public zone only when an `aws_route53_hosted_zone_dnssec`
#   (with a key signing key) enables signing for it and the DS record is added at
#   the parent zone; "NOT_SIGNING" turns signing off. Private zones are not
#   judged.
# custom:
#   id: SRM-AWS-ROUTE53-002
#   severity: low
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [aws_route53_zone, aws_route53_hosted_zone_dnssec, aws_route53_key_signing_key]}
#   remediation: >-
#     Sign the zone: an `aws_route53_key_signing_key` backed by an asymmetric
#     ECC_NIST_P256 KMS key in us-east-1, then `resource
#     "aws_route53_hosted_zone_dnssec" "example" { hosted_zone_id =
#     aws_route53_zone.example.id signing_status = "SIGNING" }`, and publish the DS
#     record at the registrar or parent zone.
#   frameworks: {nist-800-53: [SC-20, SC-21]}
#   peers: {checkov: [CKV2_AWS_38]}
#   references:
#     - "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_hosted_zone_dnssec"
package srm.aws.route53.dnssec

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Public hosted zone %s (%v) is not signed with DNSSEC: no aws_route53_hosted_zone_dnssec in this module refers to it; add one with a key signing key", [r.address, object.get(r.values, "name", "?")]),
	"resource": r.address,
	"path": [],
} if {
	some r in public_zones
	not has_dnssec(r)
	not unjudged_dnssec
}

deny contains {
	"msg": sprintf("%s turns DNSSEC signing off: signing_status is %q; set it to \"SIGNING\"", [d.address, d.values.signing_status]),
	"resource": d.address,
	"path": ["signing_status"],
} if {
	some d in tf.resources("aws_route53_hosted_zone_dnssec")
	is_string(d.values.signing_status)
	upper(d.values.signing_status) == "NOT_SIGNING"
}

# Private zones (with a vpc block) cannot be signed.
applies contains r.address if some r in public_zones

unknown contains {"resource": r.address, "path": []} if {
	some r in public_zones
	not has_dnssec(r)
	unjudged_dnssec
}

unknown contains {"resource": d.address, "path": ["signing_status"]} if {
	some d in tf.resources("aws_route53_hosted_zone_dnssec")
	tf.is_unresolved(d.values.signing_status)
}

public_zones contains r if {
	some r in tf.resources("aws_route53_zone")
	count(tf.blocks(r.values, "vpc")) == 0
}

has_dnssec(zone) if tf.has_referrer("aws_route53_hosted_zone_dnssec", "hosted_zone_id", zone.address)

# The provider's own example takes hosted_zone_id from the key signing key.
has_dnssec(zone) if {
	some key in tf.referrers("aws_route53_key_signing_key", "hosted_zone_id", zone.address)
	tf.has_referrer("aws_route53_hosted_zone_dnssec", "hosted_zone_id", key.address)
}

# A DNSSEC resource whose hosted_zone_id names no zone of this module may be this zone's.
unjudged_dnssec if {
	some d in tf.resources("aws_route53_hosted_zone_dnssec")
	tf.is_unresolved(d.values.hosted_zone_id)
	not refers_to_a_zone(d)
}

refers_to_a_zone(dnssec) if {
	some address in tf.references(dnssec, "hosted_zone_id")
	some prefix in ["aws_route53_zone.", "aws_route53_key_signing_key."]
	startswith(address, prefix)
}
