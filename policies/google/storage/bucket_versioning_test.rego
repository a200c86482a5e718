package srm.google.storage.bucket_versioning_test

import data.srm.google.storage.bucket_versioning as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_storage_bucket": [{
	"address": "google_storage_bucket.b", "type": "google_storage_bucket", "name": "b",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "b", "location": "EU"}, values), "references": {},
}]}}

test_disabled_is_reported if {
	findings := policy.deny with input as doc({"versioning": [{"enabled": false}]})
	{f.path | some f in findings} == {["versioning", 0, "enabled"]}
}

test_missing_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["versioning"]}
}

test_enabled_passes if {
	count(policy.deny) == 0 with input as doc({"versioning": [{"enabled": true}]})
	count(policy.deny) == 0 with input as doc({"versioning": {"enabled": true}})
}

test_unresolved_passes if {
	count(policy.deny) == 0 with input as doc({"versioning": [{"enabled": "${var.versioning}"}]})
}

test_retention_policy_passes if {
	count(policy.deny) == 0 with input as doc({"retention_policy": [{"retention_period": 2592000}]})
}

test_fix_turns_versioning_on if {
	explicit := policy.deny with input as doc({"versioning": [{"enabled": false}]})
	{f.fix | some f in explicit} == {[{"set": ["versioning", 0, "enabled"], "value": true}]}
	missing := policy.deny with input as doc({})
	{f.fix | some f in missing} == {[{"set": ["versioning", 0, "enabled"], "value": true}]}
}
