package srm.google.dns.dnssec_rsasha1_test

import data.srm.google.dns.dnssec_rsasha1 as policy

doc(specs) := {"format": "terraform", "module": ".", "resources": {"google_dns_managed_zone": [{
	"address": "google_dns_managed_zone.z", "type": "google_dns_managed_zone", "name": "z",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"name": "z", "dns_name": "example.com.", "dnssec_config": [{"state": "on", "default_key_specs": specs}]},
}]}}

test_rsasha1_is_reported if {
	findings := policy.deny with input as doc([
		{"algorithm": "rsasha256", "key_type": "keySigning", "key_length": 2048},
		{"algorithm": "rsasha1", "key_type": "zoneSigning", "key_length": 1024},
	])
	{f.path | some f in findings} == {["dnssec_config", 0, "default_key_specs", 1, "algorithm"]}
	some f in findings
	contains(f.msg, "zone-signing")
}

test_sha2_passes if {
	count(policy.deny) == 0 with input as doc([{"algorithm": "ecdsap256sha256", "key_type": "keySigning"}])
	count(policy.deny) == 0 with input as doc([{"algorithm": "${var.algorithm}", "key_type": "keySigning"}])
	count(policy.deny) == 0 with input as doc([])
}
