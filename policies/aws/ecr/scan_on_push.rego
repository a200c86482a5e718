# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   Without scanning, images with known vulnerable OS packages and libraries are
#   pushed and deployed with nobody told about the CVEs they carry. ECR can scan
#   every image as it is pushed (basic scanning) or continuously with Amazon
#   Inspector (enhanced scanning), but only when the customer turns it on, either
#   on the repository or with registry-level scanning rules.
# custom:
#   id: SRM-AWS-ECR-001
#   severity: medium
#   areas: [vulnerability-management]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ecr_repository, aws_ecr_registry_scanning_configuration]}
#   remediation: >-
#     Scan every pushed image: `image_scanning_configuration { scan_on_push = true }`
#     on `aws_ecr_repository`, or a registry-wide rule:
#     `resource "aws_ecr_registry_scanning_configuration" "this" { scan_type = "ENHANCED"
#     rule { scan_frequency = "CONTINUOUS_SCAN" repository_filter { filter = "*"
#     filter_type = "WILDCARD" } } }`.
#   fix: {safety: safe, change: "Sets `scan_on_push = true` in `image_scanning_configuration` (adding the block when it is missing); ECR scans each image pushed from then on, pushes and pulls are not blocked by the scan."}
#   frameworks: {nist-800-53: [RA-5, SI-2]}
#   peers: {checkov: [CKV_AWS_163], trivy: [AVD-AWS-0030]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_scanning_configuration"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_registry_scanning_configuration"
package srm.aws.ecr.scan_on_push

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ECR repository %s does not scan images on push: no image_scanning_configuration block and no registry scanning rule covers it; add image_scanning_configuration { scan_on_push = true }", [r.address]),
	"resource": r.address,
	"path": ["image_scanning_configuration", 0, "scan_on_push"],
	"fix": [{"set": ["image_scanning_configuration", 0, "scan_on_push"], "value": true}],
} if {
	some r in tf.resources("aws_ecr_repository")
	count(tf.blocks(r.values, "image_scanning_configuration")) == 0
	not registry_scanning_covers(r)
}

deny contains {
	"msg": sprintf("ECR repository %s does not scan images on push: image_scanning_configuration.scan_on_push is not set (default false); set it to true", [r.address]),
	"resource": r.address,
	"path": ["image_scanning_configuration", i, "scan_on_push"],
	"fix": [{"set": ["image_scanning_configuration", i, "scan_on_push"], "value": true}],
} if {
	some r in tf.resources("aws_ecr_repository")
	some i, block in tf.blocks(r.values, "image_scanning_configuration")
	not "scan_on_push" in object.keys(block)
	not registry_scanning_covers(r)
}

deny contains {
	"msg": sprintf("ECR repository %s does not scan images on push: image_scanning_configuration.scan_on_push is %v; set it to true", [r.address, block.scan_on_push]),
	"resource": r.address,
	"path": ["image_scanning_configuration", i, "scan_on_push"],
	"fix": [{"set": ["image_scanning_configuration", i, "scan_on_push"], "value": true}],
} if {
	some r in tf.resources("aws_ecr_repository")
	some i, block in tf.blocks(r.values, "image_scanning_configuration")
	tf.is_false(block.scan_on_push)
	not registry_scanning_covers(r)
}

# Registry-level scanning rules override the repository setting: a rule that
# scans on push or continuously and whose wildcard filter matches the
# repository's name (or is "*") covers the repository. The covering filters are
# gathered once per document (a registry has one scanning configuration, but
# `count` can make thousands): "*" covers every repository, a filter without
# wildcards is looked up by name, and only the distinct wildcard filters are
# matched against each repository.
registry_scanning_covers(_) if "*" in covering_filters

registry_scanning_covers(repo) if {
	name := repo.values.name
	is_string(name)
	not tf.is_unresolved(name)
	literal_covering_filters[glob_key(name)]
}

registry_scanning_covers(repo) if {
	some filter in wildcard_covering_filters
	filter_matches(filter, repo)
}

# covering_filters: the repository filters of the rules that scan on push or continuously.
covering_filters contains repository_filter.filter if {
	some config in tf.resources("aws_ecr_registry_scanning_configuration")
	some rule in tf.blocks(config.values, "rule")
	is_string(rule.scan_frequency)
	upper(rule.scan_frequency) in {"SCAN_ON_PUSH", "CONTINUOUS_SCAN"}
	some repository_filter in tf.blocks(rule, "repository_filter")
}

# A filter without glob metacharacters matches exactly the names equal to it
# (glob.match with no delimiters compares both with "/" read as "\u0000").
literal_covering_filters contains glob_key(filter) if {
	some filter in covering_filters
	literal(filter)
}

wildcard_covering_filters contains filter if {
	some filter in covering_filters
	not literal(filter)
}

literal(filter) if {
	is_string(filter)
	not tf.is_unresolved(filter)
	not regex.match(`[*?\[\]{}\\]`, filter)
}

glob_key(s) := replace(s, "/", "\u0000")

filter_matches(filter, _) if filter == "*"

filter_matches(filter, repo) if {
	is_string(filter)
	not tf.is_unresolved(filter)
	name := repo.values.name
	is_string(name)
	not tf.is_unresolved(name)
	glob.match(filter, null, name)
}
