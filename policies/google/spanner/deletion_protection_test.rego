package srm.google.spanner.deletion_protection_test

import data.srm.google.spanner.deletion_protection as policy

database(values) := {"format": "terraform", "module": ".", "resources": {"google_spanner_database": [{
	"address": "google_spanner_database.d", "type": "google_spanner_database", "name": "d",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "ledger", "instance": "payments"}, values),
}]}}

test_unprotected_is_reported if {
	findings := policy.deny with input as database({"deletion_protection": false})
	{f.path | some f in findings} == {["deletion_protection"]}
	count(policy.deny) == 1 with input as database({"deletion_protection": false, "enable_drop_protection": false})
}

test_default_or_drop_protection_passes if {
	count(policy.deny) == 0 with input as database({})
	count(policy.deny) == 0 with input as database({"deletion_protection": true})
	count(policy.deny) == 0 with input as database({"deletion_protection": false, "enable_drop_protection": true})
}

test_unresolved_is_unknown if {
	d := database({"deletion_protection": "${var.protect}"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_spanner_database.d", "path": ["deletion_protection"]}} with input as d
	count(policy.deny) == 0 with input as database({"deletion_protection": false, "enable_drop_protection": "${var.drop_protection}"})
}

test_fix_turns_deletion_protection_on if {
	findings := policy.deny with input as database({"deletion_protection": false})
	{f.fix | some f in findings} == {[{"set": ["deletion_protection"], "value": true}]}
}
