package srm.google.gke.binary_authorization_test

import data.srm.google.gke.binary_authorization as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_container_cluster": [{
	"address": "google_container_cluster.c", "type": "google_container_cluster", "name": "c",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "c", "location": "europe-west1"}, values), "references": {},
}]}}

test_missing_or_disabled_is_reported if {
	findings := policy.deny with input as doc({})
	{f.path | some f in findings} == {["binary_authorization"]}
	findings2 := policy.deny with input as doc({"binary_authorization": [{"evaluation_mode": "DISABLED"}]})
	{f.path | some f in findings2} == {["binary_authorization", 0, "evaluation_mode"]}
	count(policy.deny) == 1 with input as doc({"binary_authorization": [{}]})
}

test_enforced_pass if {
	count(policy.deny) == 0 with input as doc({"binary_authorization": [{"evaluation_mode": "PROJECT_SINGLETON_POLICY_ENFORCE"}]})
	count(policy.deny) == 0 with input as doc({"binary_authorization": [{"evaluation_mode": "POLICY_BINDINGS"}]})
	count(policy.deny) == 0 with input as doc({"binary_authorization": [{"evaluation_mode": "${var.mode}"}]})
	count(policy.deny) == 0 with input as doc({"binary_authorization": [{"enabled": true}]})
	count(policy.deny) == 0 with input as doc({"enable_binary_authorization": true})
}

fixes(values) := result if {
	result := {f.fix | some f in policy.deny} with input as doc(values)
}

enforce(path) := [{"set": array.concat(path, ["evaluation_mode"]), "value": "PROJECT_SINGLETON_POLICY_ENFORCE"}]

test_fix_enforces_the_project_policy if {
	fixes({}) == {enforce(["binary_authorization", 0])}
	fixes({"binary_authorization": [{"evaluation_mode": "DISABLED"}]}) == {enforce(["binary_authorization", 0])}
	fixes({"binary_authorization": [{}]}) == {enforce(["binary_authorization", 0])}
}

test_fix_turns_on_the_deprecated_attribute_where_it_is_written if {
	# `enabled` conflicts with `evaluation_mode`: turn it on rather than add the other.
	fixes({"binary_authorization": [{"enabled": false}]}) == {[{"set": ["binary_authorization", 0, "enabled"], "value": true}]}
	fixes({"enable_binary_authorization": false}) == {[{"set": ["enable_binary_authorization"], "value": true}]}
}
