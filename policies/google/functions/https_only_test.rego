package srm.google.functions.https_only_test

import data.srm.google.functions.https_only as policy

function(values) := {"format": "terraform", "module": ".", "resources": {"google_cloudfunctions_function": [{
	"address": "google_cloudfunctions_function.f", "type": "google_cloudfunctions_function", "name": "f",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "f", "runtime": "python312", "trigger_http": true}, values),
}]}}

test_secure_optional_is_reported if {
	findings := policy.deny with input as function({"https_trigger_security_level": "SECURE_OPTIONAL"})
	{f.path | some f in findings} == {["https_trigger_security_level"]}
}

test_omitted_is_reported if {
	count(policy.deny) == 1 with input as function({})
	count(policy.deny) == 1 with input as function({"https_trigger_security_level": null})
}

test_secure_always_and_event_functions_pass if {
	count(policy.deny) == 0 with input as function({"https_trigger_security_level": "SECURE_ALWAYS"})
	event := function({"trigger_http": null, "event_trigger": [{"event_type": "google.pubsub.topic.publish", "resource": "t"}]})
	count(policy.deny) == 0 with input as event
	count(policy.applies) == 0 with input as event
	policy.applies == {"google_cloudfunctions_function.f"} with input as function({"https_trigger_security_level": "SECURE_ALWAYS"})
}

test_unresolved_is_unknown if {
	d := function({"https_trigger_security_level": "${var.security_level}"})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_cloudfunctions_function.f", "path": ["https_trigger_security_level"]}} with input as d
	count(policy.deny) == 0 with input as function({"trigger_http": "${var.http}"})
}

test_fix_redirects_http_to_https if {
	optional := policy.deny with input as function({"https_trigger_security_level": "SECURE_OPTIONAL"})
	{f.fix | some f in optional} == {[{"set": ["https_trigger_security_level"], "value": "SECURE_ALWAYS"}]}
	missing := policy.deny with input as function({})
	{f.fix | some f in missing} == {[{"set": ["https_trigger_security_level"], "value": "SECURE_ALWAYS"}]}
}
