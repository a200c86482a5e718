package srm.google.cloudrun.binary_authorization_test

import data.srm.google.cloudrun.binary_authorization as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.r", [type]), "type": type, "name": "r",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "r", "location": "europe-west1"}, values),
}]}}

test_missing_block_is_reported if {
	findings := policy.deny with input as doc("google_cloud_run_v2_service", {})
	{f.path | some f in findings} == {["binary_authorization"]}
	count(policy.deny) == 1 with input as doc("google_cloud_run_v2_job", {})
}

test_disabled_or_breakglass_is_reported if {
	findings := policy.deny with input as doc("google_cloud_run_v2_service", {"binary_authorization": [{"use_default": false}]})
	{f.path | some f in findings} == {["binary_authorization", 0, "use_default"]}
	findings2 := policy.deny with input as doc("google_cloud_run_v2_service", {"binary_authorization": [{"use_default": true, "breakglass_justification": "INC-4711 hotfix"}]})
	{f.path | some f in findings2} == {["binary_authorization", 0, "breakglass_justification"]}
}

test_enforced_passes if {
	count(policy.deny) == 0 with input as doc("google_cloud_run_v2_service", {"binary_authorization": [{"use_default": true}]})
	count(policy.deny) == 0 with input as doc("google_cloud_run_v2_job", {"binary_authorization": [{"policy": "projects/acme/platforms/cloudRun/policies/prod"}]})
}

test_unresolved_is_unknown if {
	d := doc("google_cloud_run_v2_service", {"binary_authorization": [{"use_default": "${var.binauthz}"}]})
	count(policy.deny) == 0 with input as d
	policy.unknown == {{"resource": "google_cloud_run_v2_service.r", "path": ["binary_authorization", 0, "use_default"]}} with input as d
}
