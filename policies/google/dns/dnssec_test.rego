package srm.google.dns.dnssec_test

import data.srm.google.dns.dnssec as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_dns_managed_zone": [{
	"address": "google_dns_managed_zone.z", "type": "google_dns_managed_zone", "name": "z",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "z", "dns_name": "example.com."}, values), "references": {},
}]}}

test_missing_or_off_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["dnssec_config"]}
	findings2 := policy.deny with input as doc({"dnssec_config": [{"state": "off"}]})
	{f.path | some f in findings2} == {["dnssec_config", 0, "state"]}
	count(policy.deny) == 1 with input as doc({"visibility": "public", "dnssec_config": [{"non_existence": "nsec3"}]})
}

test_signed_private_or_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"dnssec_config": [{"state": "on"}]})
	count(policy.deny) == 0 with input as doc({"dnssec_config": [{"state": "transfer"}]})
	count(policy.deny) == 0 with input as doc({"dnssec_config": [{"state": "${var.dnssec}"}]})
	count(policy.deny) == 0 with input as doc({"visibility": "private"})
}

test_fix_turns_dnssec_on if {
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["dnssec_config", 0, "state"], "value": "on"}]}
	off := policy.deny with input as doc({"dnssec_config": [{"state": "off"}]})
	{f.fix | some f in off} == {[{"set": ["dnssec_config", 0, "state"], "value": "on"}]}
	unset := policy.deny with input as doc({"dnssec_config": [{"kind": "dns#managedZoneDnsSecConfig"}]})
	{f.fix | some f in unset} == {[{"set": ["dnssec_config", 0, "state"], "value": "on"}]}
}
