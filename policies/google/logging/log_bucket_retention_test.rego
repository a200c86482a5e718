package srm.google.logging.log_bucket_retention_test

import data.srm.google.logging.log_bucket_retention as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_logging_project_bucket_config": [{
	"address": "google_logging_project_bucket_config.b", "type": "google_logging_project_bucket_config", "name": "b",
	"mode": "managed", "file": "main.tf", "values": object.union({"project": "p", "location": "global", "bucket_id": "audit"}, values), "references": {},
}]}}

test_short_retention_is_reported if {
	findings := policy.deny with input as doc({"retention_days": 90})
	{f.path | some f in findings} == {["retention_days"]}
	count(policy.deny) == 1 with input as doc({"retention_days": "30"})
}

test_default_retention_is_reported if {
	findings := policy.deny with input as doc({})
	count(findings) == 1
	some f in findings
	contains(f.msg, "30 days")
}

test_long_retention_and_unresolved_pass if {
	count(policy.deny) == 0 with input as doc({"retention_days": 365})
	count(policy.deny) == 0 with input as doc({"retention_days": 3650, "locked": true})
	count(policy.deny) == 0 with input as doc({"retention_days": "${var.retention}"})
}
