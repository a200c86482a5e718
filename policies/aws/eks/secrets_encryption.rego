# METADATA
# title: EKS cluster does not encrypt Kubernetes secrets with a customer managed KMS key
# description: >-
#   Kubernetes secrets hold service-account tokens, database passwords and API
#   keys. Without an encryption_config for "secrets", EKS envelope-encrypts them
#   at most with an AWS owned key (clusters 1.28 and later), which the customer can
#   neither audit in CloudTrail, restrict by key policy nor revoke; anyone who
#   gets hold of an etcd backup or a control-plane snapshot is not stopped by a
#   KMS permission. Envelope encryption with a customer managed key is only
#   available if the customer configures it.
# custom:
#   id: SRM-AWS-EKS-002
#   severity: medium
#   areas: [data-security]
#   responsibility: shared
#   input: {format: terraform, types: [aws_eks_cluster]}
#   remediation: >-
#     Add envelope encryption of secrets with a customer managed key:
#     `encryption_config { resources = ["secrets"] provider { key_arn = aws_kms_key.eks.arn } }`.
#   frameworks: {nist-800-53: [SC-12, SC-28, SC-28(1)]}
#   references:
#     - "https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html"
#     - "https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config"
#   peers: {checkov: [CKV_AWS_58], kics: [eks_cluster_encryption_disabled], trivy: [AVD-AWS-0039]}
package srm.aws.eks.secrets_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("EKS cluster %s has no encryption_config: Kubernetes secrets are not envelope-encrypted with a customer managed KMS key", [r.address]),
	"resource": r.address,
	"path": ["encryption_config"],
} if {
	some r in tf.resources("aws_eks_cluster")
	count(tf.blocks(r.values, "encryption_config")) == 0
}

deny contains {
	"msg": sprintf("EKS cluster %s has an encryption_config whose resources %s do not include \"secrets\"", [r.address, json.marshal(block.resources)]),
	"resource": r.address,
	"path": ["encryption_config", i, "resources"],
} if {
	some r in tf.resources("aws_eks_cluster")
	blocks := tf.blocks(r.values, "encryption_config")
	count(blocks) > 0
	not covers_secrets(blocks)
	not unresolved(blocks)
	some i, block in blocks
}

covers_secrets(blocks) if {
	some block in blocks
	is_array(block.resources)
	"secrets" in block.resources
}

# A resources list (or one of its items) that is still an expression: not judged.
unresolved(blocks) if {
	some block in blocks
	not is_array(block.resources)
}

unresolved(blocks) if {
	some block in blocks
	is_array(block.resources)
	some item in block.resources
	tf.is_unresolved(item)
}
