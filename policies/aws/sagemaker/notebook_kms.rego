# METADATA
# title: SageMaker notebook instance storage is not encrypted with a customer managed key
# description: >-
#   A notebook's ML storage volume holds the notebooks, the data sets copied
#   there for exploration and often credentials saved by users. Without
#   kms_key_id SageMaker encrypts it with a key managed by AWS, so no key policy
#   of the customer controls who can use the volume's snapshots, access cannot be
#   revoked by disabling the key, and key usage is not attributable to the
#   customer's key in CloudTrail. Using a customer managed key is the customer's choice.
# custom:
#   id: SRM-AWS-SAGEMAKER-003
#   severity: low
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_sagemaker_notebook_instance]}
#   remediation: >-
#     Encrypt the notebook's storage with a customer managed key:
#     `kms_key_id = aws_kms_key.sagemaker.arn` (changing it replaces the notebook;
#     copy its data first).
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id"
#   peers: {checkov: [CKV_AWS_22], kics: [sagemaker_notebook_instance_without_kms]}
package srm.aws.sagemaker.notebook_kms

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SageMaker notebook instance %s sets no kms_key_id, so its storage volume is encrypted with a key managed by AWS, not by you", [r.address]),
	"resource": r.address,
	"path": ["kms_key_id"],
} if {
	some r in tf.resources("aws_sagemaker_notebook_instance")
	object.get(r.values, "kms_key_id", null) in {null, ""}
}
