# METADATA
# title: ECR repository allows image tags to be overwritten
# description: >-
#   With mutable tags, pushing an image under an existing tag silently replaces
#   what `app:1.4.2` (or `latest`) points to: a compromised CI job or credential
#   can swap a deployed image for a malicious one without changing any manifest,
#   and a scanned, approved image is no longer the one that runs. Immutable tags
#   make every tag refer to one digest forever. ECR creates repositories with
#   mutable tags unless the customer asks otherwise.
# custom:
#   id: SRM-AWS-ECR-002
#   severity: low
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecr_repository]}
#   remediation: >-
#     Make tags immutable: `image_tag_mutability = "IMMUTABLE"` on
#     `aws_ecr_repository` (or `"IMMUTABLE_WITH_EXCLUSION"` with an
#     `image_tag_mutability_exclusion_filter` for tags that must move), and deploy
#     by version tag or digest.
#   fix: {safety: unsafe, change: "Sets `image_tag_mutability = \"IMMUTABLE\"` (`\"IMMUTABLE_WITH_EXCLUSION\"` where exclusion filters are in use); pipelines that push the same tag again, such as `latest`, fail until they push unique tags."}
#   frameworks: {nist-800-53: [CM-2, CM-8, SI-7]}
#   peers: {checkov: [CKV_AWS_51], kics: [ecr_image_tag_not_immutable], trivy: [AVD-AWS-0031]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_tag_mutability"
package srm.aws.ecr.immutable_tags

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECR repository %s lets tags be overwritten: image_tag_mutability is %q; set it to \"IMMUTABLE\"", [r.address, r.values.image_tag_mutability]),
	"resource": r.address,
	"path": ["image_tag_mutability"],
	"fix": [{"set": ["image_tag_mutability"], "value": fixed}],
} if {
	some r in tf.resources("aws_ecr_repository")
	value := r.values.image_tag_mutability
	is_string(value)
	upper(value) in {"MUTABLE", "MUTABLE_WITH_EXCLUSION"}
	fixed := immutable[upper(value)]
}

deny contains {
	"msg": sprintf("ECR repository %s lets tags be overwritten: image_tag_mutability is not set (default \"MUTABLE\"); set it to \"IMMUTABLE\"", [r.address]),
	"resource": r.address,
	"path": ["image_tag_mutability"],
	"fix": [{"set": ["image_tag_mutability"], "value": "IMMUTABLE"}],
} if {
	some r in tf.resources("aws_ecr_repository")
	not "image_tag_mutability" in object.keys(r.values)
}

# The immutable counterpart of each mutable setting (exclusion filters are kept).
immutable := {"MUTABLE": "IMMUTABLE", "MUTABLE_WITH_EXCLUSION": "IMMUTABLE_WITH_EXCLUSION"}
