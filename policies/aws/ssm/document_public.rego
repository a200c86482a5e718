# METADATA
# title: SSM document is shared with every AWS account
# description: >-
#   A Systems Manager document shared with account_ids "All" is public: any AWS
#   account can read its content and run it. Automation and Command documents
#   often reveal internal host names, bucket names, scripts and parameter names,
#   and sometimes embedded credentials, which helps an attacker map and attack the
#   environment. AWS shares a document only when its owner asks for it, and
#   recommends blocking public sharing at the account level.
# custom:
#   id: SRM-AWS-SSM-001
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_ssm_document]}
#   remediation: >-
#     Share the document only with the accounts that need it:
#     `permissions = { type = "Share", account_ids = "111122223333,444455556666" }`,
#     or remove `permissions`; block public sharing with the
#     `/ssm/documents/console/public-sharing-permission` service setting set to `Disable`.
#   frameworks: {nist-800-53: [AC-3, AC-21, SC-7]}
#   references:
#     - "https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-4"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_document#permissions"
#   peers: {checkov: [CKV_AWS_303]}
package srm.aws.ssm.document_public

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("SSM document %s is shared with every AWS account (permissions.account_ids = %q)", [r.address, permissions.account_ids]),
	"resource": r.address,
	"path": array.concat(path, ["account_ids"]),
} if {
	some r in tf.resources("aws_ssm_document")
	some [permissions, path] in permission_maps(r.values)
	lower(object.get(permissions, "type", "Share")) == "share"
	is_string(permissions.account_ids)
	some account in split(permissions.account_ids, ",")
	lower(trim_space(account)) == "all"
}

unknown contains {"resource": r.address, "path": ["permissions"]} if {
	some r in tf.resources("aws_ssm_document")
	tf.is_unresolved(r.values.permissions)
}

unknown contains {"resource": r.address, "path": array.concat(path, ["account_ids"])} if {
	some r in tf.resources("aws_ssm_document")
	some [permissions, path] in permission_maps(r.values)
	tf.is_unresolved(permissions.account_ids)
}

# `permissions` is a map argument; a plan or .tf.json may give it as a one-element list.
permission_maps(values) := [[values.permissions, ["permissions"]]] if is_object(values.permissions)

permission_maps(values) := [[p, ["permissions", i]] | some i, p in values.permissions; is_object(p)] if is_array(values.permissions)
