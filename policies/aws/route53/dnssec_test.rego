package srm.aws.route53.dnssec_test

import data.srm.aws.route53.dnssec as policy

zone(address, values) := {"address": address, "type": "aws_route53_zone", "name": "z", "mode": "managed", "file": "main.tf", "values": values, "references": {}}

dnssec(zone_id, refs, status) := {
	"address": "aws_route53_hosted_zone_dnssec.d", "type": "aws_route53_hosted_zone_dnssec", "name": "d", "mode": "managed", "file": "main.tf",
	"values": object.union({"hosted_zone_id": zone_id}, status),
	"references": {"hosted_zone_id": refs},
}

doc(zones, signing) := {"format": "terraform", "module": ".", "resources": {"aws_route53_zone": zones, "aws_route53_hosted_zone_dnssec": signing}}

public := zone("aws_route53_zone.public", {"name": "example.com"})

private := zone("aws_route53_zone.private", {"name": "corp.internal", "vpc": [{"vpc_id": "vpc-1"}]})

test_unsigned_public_zone_is_reported if {
	findings := policy.deny with input as doc([public, private], [])
	{[f.resource, f.path] | some f in findings} == {["aws_route53_zone.public", []]}
}

test_signing_turned_off_is_reported if {
	findings := policy.deny with input as doc([public], [dnssec("${aws_route53_zone.public.id}", ["aws_route53_zone.public"], {"signing_status": "NOT_SIGNING"})])
	{[f.resource, f.path] | some f in findings} == {["aws_route53_hosted_zone_dnssec.d", ["signing_status"]]}
}

test_signed_zone_passes if {
	count(policy.deny) == 0 with input as doc([public], [dnssec("${aws_route53_zone.public.id}", ["aws_route53_zone.public"], {})])
	count(policy.deny) == 0 with input as doc([public], [dnssec("${aws_route53_zone.public.id}", ["aws_route53_zone.public"], {"signing_status": "SIGNING"})])
}

test_applies_to_public_zones_only if {
	policy.applies == {"aws_route53_zone.public"} with input as doc([public, private], [])
}

test_unresolved_is_unknown_not_reported if {
	d := doc([public], [dnssec("${var.zone_id}", ["var.zone_id"], {"signing_status": "${var.signing}"})])
	count(policy.deny) == 0 with input as d
	{[u.resource, u.path] | some u in policy.unknown} == {["aws_route53_zone.public", []], ["aws_route53_hosted_zone_dnssec.d", ["signing_status"]]} with input as d
}

test_zone_id_taken_from_the_key_signing_key_counts if {
	ksk := {
		"address": "aws_route53_key_signing_key.k", "type": "aws_route53_key_signing_key", "name": "k", "mode": "managed", "file": "main.tf",
		"values": {"hosted_zone_id": "${aws_route53_zone.public.id}", "name": "k"}, "references": {"hosted_zone_id": ["aws_route53_zone.public"]},
	}
	d := {"format": "terraform", "module": ".", "resources": {
		"aws_route53_zone": [public],
		"aws_route53_key_signing_key": [ksk],
		"aws_route53_hosted_zone_dnssec": [dnssec("${aws_route53_key_signing_key.k.hosted_zone_id}", ["aws_route53_key_signing_key.k"], {})],
	}}
	count(policy.deny) == 0 with input as d
	count(policy.unknown) == 0 with input as d
}
