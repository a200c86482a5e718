package srm.google.functions.ingress_all_test

import data.srm.google.functions.ingress_all as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.f", [type]), "type": type, "name": "f",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "f"}, values),
}]}}

gen2(service_config) := doc("google_cloudfunctions2_function", {"location": "europe-west1", "service_config": service_config})

test_gen2_allow_all_is_reported if {
	findings := policy.deny with input as gen2([{"ingress_settings": "ALLOW_ALL"}])
	{f.path | some f in findings} == {["service_config", 0, "ingress_settings"]}
	count(policy.deny) == 1 with input as gen2([{"available_memory": "256M"}])
	findings2 := policy.deny with input as doc("google_cloudfunctions2_function", {"location": "europe-west1"})
	{f.path | some f in findings2} == {["service_config"]}
}

test_gen1_http_is_reported if {
	findings := policy.deny with input as doc("google_cloudfunctions_function", {"runtime": "python312", "trigger_http": true})
	{f.path | some f in findings} == {["ingress_settings"]}
	count(policy.deny) == 1 with input as doc("google_cloudfunctions_function", {"runtime": "python312", "trigger_http": true, "ingress_settings": "ALLOW_ALL"})
}

test_internal_and_event_functions_pass if {
	count(policy.deny) == 0 with input as gen2([{"ingress_settings": "ALLOW_INTERNAL_ONLY"}])
	count(policy.deny) == 0 with input as gen2([{"ingress_settings": "ALLOW_INTERNAL_AND_GCLB"}])
	count(policy.deny) == 0 with input as doc("google_cloudfunctions_function", {"runtime": "python312", "event_trigger": [{"event_type": "google.pubsub.topic.publish", "resource": "t"}]})
	count(policy.deny) == 0 with input as doc("google_cloudfunctions_function", {"runtime": "python312", "trigger_http": true, "ingress_settings": "ALLOW_INTERNAL_ONLY"})
}

test_applies_and_unknown if {
	policy.applies == {"google_cloudfunctions2_function.f"} with input as gen2([{"ingress_settings": "ALLOW_INTERNAL_ONLY"}])
	count(policy.applies) == 0 with input as doc("google_cloudfunctions_function", {"runtime": "python312", "event_trigger": [{"event_type": "e", "resource": "t"}]})
	d := gen2([{"ingress_settings": "${var.ingress}"}])
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_cloudfunctions2_function.f", "path": ["service_config", 0, "ingress_settings"]}} with input as d
}
