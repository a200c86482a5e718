package srm.google.storage.public_access_prevention_test

import data.srm.google.storage.public_access_prevention as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_storage_bucket": [{
	"address": "google_storage_bucket.b", "type": "google_storage_bucket", "name": "b",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "b", "location": "EU"}, values), "references": {},
}]}}

test_inherited_is_reported if {
	findings := policy.deny with input as doc({"public_access_prevention": "inherited"})
	count(findings) == 1
	some f in findings
	f.path == ["public_access_prevention"]
}

test_omitted_is_reported if {
	findings := policy.deny with input as doc({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "does not set")
}

test_enforced_passes if {
	count(policy.deny) == 0 with input as doc({"public_access_prevention": "enforced"})
}

test_unresolved_passes if {
	count(policy.deny) == 0 with input as doc({"public_access_prevention": "${var.pap}"})
}

test_fix_enforces_public_access_prevention if {
	explicit := policy.deny with input as doc({"public_access_prevention": "inherited"})
	{f.fix | some f in explicit} == {[{"set": ["public_access_prevention"], "value": "enforced"}]}
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["public_access_prevention"], "value": "enforced"}]}
}
