package srm.google.functions.on_deploy_updates_test

import data.srm.google.functions.on_deploy_updates as policy

doc(type, values) := {"format": "terraform", "module": ".", "resources": {type: [{
	"address": sprintf("%s.f", [type]), "type": type, "name": "f",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"name": "f"}, values),
}]}}

test_on_deploy_is_reported if {
	findings := policy.deny with input as doc("google_cloudfunctions2_function", {"build_config": [{"runtime": "python312", "on_deploy_update_policy": [{}]}]})
	{f.path | some f in findings} == {["build_config", 0, "on_deploy_update_policy"]}
	findings2 := policy.deny with input as doc("google_cloudfunctions_function", {"runtime": "python312", "on_deploy_update_policy": [{}]})
	{f.path | some f in findings2} == {["on_deploy_update_policy"]}
}

test_automatic_or_default_passes if {
	count(policy.deny) == 0 with input as doc("google_cloudfunctions2_function", {"build_config": [{"runtime": "python312"}]})
	count(policy.deny) == 0 with input as doc("google_cloudfunctions2_function", {"build_config": [{"runtime": "python312", "automatic_update_policy": [{}]}]})
	count(policy.deny) == 0 with input as doc("google_cloudfunctions2_function", {"build_config": [{"runtime": "python312", "on_deploy_update_policy": []}]})
	count(policy.deny) == 0 with input as doc("google_cloudfunctions_function", {"runtime": "python312", "automatic_update_policy": [{}]})
}

test_unresolved_build_config_passes if {
	count(policy.deny) == 0 with input as doc("google_cloudfunctions2_function", {"build_config": "${local.build_config}"})
}
