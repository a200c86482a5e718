# METADATA
# title: SageMaker endpoint configuration does not encrypt its storage volumes with a KMS key
# description: >-
#   The ML storage volumes of an endpoint's instances hold the model artifacts
#   and whatever the inference container writes to /opt/ml and /tmp. Without
#   kms_key_arn SageMaker encrypts them with a transient key it discards, so the
#   customer has no key policy, no CloudTrail record of key use and no way to
#   meet a requirement for customer-controlled keys. Endpoints on instance types
#   with local NVMe storage (encrypted by the hardware) and serverless endpoints
#   are not judged, since they take no KMS key.
# custom:
#   id: SRM-AWS-SAGEMAKER-004
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sagemaker_endpoint_configuration]}
#   remediation: >-
#     Give the endpoint configuration a customer managed key:
#     `kms_key_arn = aws_kms_key.sagemaker.arn`.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html"
#     - "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_endpoint_configuration#kms_key_arn"
#   peers: {checkov: [CKV_AWS_98], kics: [sagemaker_endpoint_configuration_encryption_disabled]}
package srm.aws.sagemaker.endpoint_configuration_kms

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SageMaker endpoint configuration %s sets no kms_key_arn, so its instances' storage volumes are not encrypted with a key you control", [r.address]),
	"resource": r.address,
	"path": ["kms_key_arn"],
} if {
	some r in judged
	object.get(r.values, "kms_key_arn", null) in {null, ""}
}

applies contains r.address if some r in judged

# Configurations whose variants all run on instance types with EBS storage volumes.
judged contains r if {
	some r in tf.resources("aws_sagemaker_endpoint_configuration")
	variants := array.concat(tf.blocks(r.values, "production_variants"), tf.blocks(r.values, "shadow_production_variants"))
	count(variants) > 0
	every variant in variants {
		ebs_backed(variant)
	}
}

ebs_backed(variant) if {
	count(tf.blocks(variant, "serverless_config")) == 0
	type := variant.instance_type
	is_string(type)
	not tf.is_unresolved(type)
	not local_storage(type)
}

# Instance families with NVMe instance storage (ml.m5d, ml.g4dn, ml.p4d, ml.g5...):
# SageMaker rejects a KMS key for them.
local_storage(type) if regex.match(`^ml\.[a-z]+[0-9]+[a-z]*d[a-z]*\.`, type)

local_storage(type) if regex.match(`^ml\.(g5|g6|g6e|gr6|p5|p5e|p5en|trn1|trn1n|trn2)\.`, type)
