package srm.aws.apigateway.cache_encryption_test

import data.srm.aws.apigateway.cache_encryption as policy

settings(values) := {"format": "terraform", "module": ".", "resources": {"aws_api_gateway_method_settings": [{
	"address": "aws_api_gateway_method_settings.all", "type": "aws_api_gateway_method_settings", "name": "all",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": {"rest_api_id": "${aws_api_gateway_rest_api.api.id}", "stage_name": "prod", "method_path": "*/*", "settings": [values]},
}]}}

test_unencrypted_cache_reported if {
	findings := policy.deny with input as settings({"caching_enabled": true, "cache_data_encrypted": false})
	count(findings) == 1
	some f in findings
	f.path == ["settings", 0, "cache_data_encrypted"]
}

test_omitted_encryption_reported if {
	count(policy.deny) == 1 with input as settings({"caching_enabled": true})
}

test_encrypted_or_no_cache_passes if {
	count(policy.deny) == 0 with input as settings({"caching_enabled": true, "cache_data_encrypted": true})
	count(policy.deny) == 0 with input as settings({"metrics_enabled": true})
	count(policy.deny) == 0 with input as settings({"caching_enabled": false})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as settings({"caching_enabled": "${var.cache}"})
	count(policy.deny) == 0 with input as settings({"caching_enabled": true, "cache_data_encrypted": "${var.encrypt}"})
}

test_fix_encrypts_the_cache if {
	every values in [{"caching_enabled": true, "cache_data_encrypted": false}, {"caching_enabled": true}] {
		findings := policy.deny with input as settings(values)
		{f.fix | some f in findings} == {[{"set": ["settings", 0, "cache_data_encrypted"], "value": true}]}
	}
}
