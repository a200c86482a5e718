# METADATA
# title: BigQuery dataset or table is readable by anyone
# description: >-
#   Granting access to `allUsers` or `allAuthenticatedUsers` lets anyone on the
#   internet (or anyone with a Google account) query the dataset's tables, which
#   often hold customer, financial or analytics data at scale; a public dataset
#   also bills queries and can leak data through views. BigQuery never grants
#   these principals by itself: the access entry or IAM binding is always written
#   by the customer.
# custom:
#   id: SRM-GCP-BIGQUERY-001
#   severity: critical
#   areas: [data-security, iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_bigquery_dataset
#       - google_bigquery_dataset_access
#       - google_bigquery_dataset_iam_member
#       - google_bigquery_dataset_iam_binding
#       - google_bigquery_dataset_iam_policy
#       - google_bigquery_table_iam_member
#       - google_bigquery_table_iam_binding
#       - google_bigquery_table_iam_policy
#   remediation: >-
#     Grant access to named groups or service accounts only, e.g.
#     `access { role = "READER" group_by_email = "analysts@example.com" }` or
#     `member = "group:analysts@example.com"` on `google_bigquery_dataset_iam_member`,
#     and share public data through Analytics Hub or an authorized view instead.
#   frameworks: {cis-gcp-2.0: ["7.1"], nist-800-53: [AC-3, AC-6, AC-21]}
#   references:
#     - "https://cloud.google.com/bigquery/docs/control-access-to-resources-iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset_iam"
#   peers:
#     checkov: [CKV_GCP_15, CKV_GCP_100]
#     kics: [bigquery_dataset_is_public]
#     trivy: [AVD-GCP-0046]
package srm.google.bigquery.dataset_public_access

import data.srm.lib.terraform as tf

# Inline access blocks of google_bigquery_dataset.
deny contains {
	"msg": sprintf("BigQuery dataset %s gives %v access to %s", [r.address, object.get(entry, "role", "(role not set)"), entry[attr]]),
	"resource": r.address,
	"path": ["access", i, attr],
} if {
	some r in tf.resources("google_bigquery_dataset")
	some i, entry in tf.blocks(r.values, "access")
	some attr in ["special_group", "iam_member"]
	tf.gcp_is_public_member(entry[attr])
}

# google_bigquery_dataset_access (one entry per resource).
deny contains {
	"msg": sprintf("%s gives %v access to %s", [r.address, object.get(r.values, "role", "(role not set)"), r.values[attr]]),
	"resource": r.address,
	"path": [attr],
} if {
	some r in tf.resources("google_bigquery_dataset_access")
	some attr in ["special_group", "iam_member"]
	tf.gcp_is_public_member(r.values[attr])
}

deny contains {
	"msg": sprintf("%s grants %v to %s", [r.address, object.get(r.values, "role", "a role"), r.values.member]),
	"resource": r.address,
	"path": ["member"],
} if {
	some target in ["dataset", "table"]
	some r in tf.resources(sprintf("google_bigquery_%s_iam_member", [target]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %v to %s", [r.address, object.get(r.values, "role", "a role"), member]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some target in ["dataset", "table"]
	some r in tf.resources(sprintf("google_bigquery_%s_iam_binding", [target]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %v to %s", [r.address, object.get(binding, "role", "a role"), member]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some target in ["dataset", "table"]
	some r in tf.resources(sprintf("google_bigquery_%s_iam_policy", [target]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %v to %s on the BigQuery %s of %s", [data_source.address, object.get(binding, "role", "a role"), member, target, r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	# The IAM policies whose policy_data refers to the data source, looked up in the
	# index of references (for public members only, not for every policy and data source).
	some target in ["dataset", "table"]
	some r in tf.referrers(sprintf("google_bigquery_%s_iam_policy", [target]), "policy_data", data_source.address)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)
