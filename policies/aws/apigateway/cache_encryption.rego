# METADATA
# title: API Gateway response cache is not encrypted
# description: >-
#   When caching is enabled for a REST API method, API Gateway keeps responses
#   (often personal or account data) in the stage's cache cluster. Unless
#   cache_data_encrypted is set, that cache is stored unencrypted at rest. The
#   setting is per method and off by default; encrypting the cache is the
#   customer's decision.
# custom:
#   id: SRM-AWS-APIGW-005
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_api_gateway_method_settings]}
#   remediation: >-
#     Encrypt cached responses wherever caching is on:
#     `settings { caching_enabled = true cache_data_encrypted = true }`.
#   fix: {safety: safe, change: "Sets `cache_data_encrypted = true` in the method settings; API Gateway encrypts the cached responses, clients see no difference."}
#   frameworks: {nist-800-53: [SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#cache_data_encrypted"
#   peers: {checkov: [CKV_AWS_308], kics: [api_gateway_method_settings_cache_not_encrypted], trivy: [AVD-AWS-0002]}
package srm.aws.apigateway.cache_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("API Gateway method settings %s cache responses unencrypted (caching_enabled = true, cache_data_encrypted = %v)", [r.address, settings.cache_data_encrypted]),
	"resource": r.address,
	"path": ["settings", i, "cache_data_encrypted"],
	"fix": [{"set": ["settings", i, "cache_data_encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_api_gateway_method_settings")
	some i, settings in tf.blocks(r.values, "settings")
	tf.is_true(object.get(settings, "caching_enabled", false))
	tf.is_false(object.get(settings, "cache_data_encrypted", null))
}

deny contains {
	"msg": sprintf("API Gateway method settings %s cache responses unencrypted: caching_enabled = true and cache_data_encrypted is not set (default false)", [r.address]),
	"resource": r.address,
	"path": ["settings", i, "cache_data_encrypted"],
	"fix": [{"set": ["settings", i, "cache_data_encrypted"], "value": true}],
} if {
	some r in tf.resources("aws_api_gateway_method_settings")
	some i, settings in tf.blocks(r.values, "settings")
	tf.is_true(object.get(settings, "caching_enabled", false))
	not "cache_data_encrypted" in object.keys(settings)
}
