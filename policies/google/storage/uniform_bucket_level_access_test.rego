package srm.google.storage.uniform_bucket_level_access_test

import data.srm.google.storage.uniform_bucket_level_access as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_storage_bucket": [{
	"address": "google_storage_bucket.b", "type": "google_storage_bucket", "name": "b",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "b", "location": "EU"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"uniform_bucket_level_access": false})
	count(findings) == 1
	some f in findings
	f.path == ["uniform_bucket_level_access"]
	f.resource == "google_storage_bucket.b"
}

test_string_false_is_reported if {
	count(policy.deny) == 1 with input as doc({"uniform_bucket_level_access": "false"})
}

test_omitted_is_reported if {
	findings := policy.deny with input as doc({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "defaults to false")
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc({"uniform_bucket_level_access": true})
}

test_unresolved_passes if {
	count(policy.deny) == 0 with input as doc({"uniform_bucket_level_access": "${var.ubla}"})
}

test_fix_turns_uniform_access_on if {
	explicit := policy.deny with input as doc({"uniform_bucket_level_access": false})
	{f.fix | some f in explicit} == {[{"set": ["uniform_bucket_level_access"], "value": true}]}
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["uniform_bucket_level_access"], "value": true}]}
}
