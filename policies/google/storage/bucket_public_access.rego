# METADATA
# title: Cloud Storage bucket or object is readable by anyone
# description: >-
#   Granting a role to `allUsers` (anyone on the internet) or `allAuthenticatedUsers`
#   (anyone holding any Google account), or applying a public ACL, exposes the
#   bucket's objects to the whole world: data leaks from public buckets are among
#   the most common cloud breaches, and a public write role also lets strangers
#   plant malware or run up costs. Cloud Storage never grants these principals
#   on its own; the binding or ACL is always written by the customer.
# custom:
#   id: SRM-GCP-STORAGE-003
#   severity: critical
#   areas: [data-security, iam]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_storage_bucket_iam_member
#       - google_storage_bucket_iam_binding
#       - google_storage_bucket_iam_policy
#       - google_storage_bucket_acl
#       - google_storage_bucket_access_control
#       - google_storage_default_object_acl
#       - google_storage_default_object_access_control
#       - google_storage_object_acl
#       - google_storage_object_access_control
#   remediation: >-
#     Grant roles to named principals only, e.g. `member = "group:analysts@example.com"`
#     on `google_storage_bucket_iam_member`, drop `allUsers` / `allAuthenticatedUsers`
#     and public ACLs (`predefined_acl = "publicRead"`, `role_entity = ["READER:allUsers"]`),
#     and set `public_access_prevention = "enforced"` on the bucket; serve public
#     content through a load balancer with Cloud CDN and signed URLs instead.
#   frameworks: {cis-gcp-2.0: ["5.1"], nist-800-53: [AC-3, AC-6, AC-21]}
#   references:
#     - "https://cloud.google.com/storage/docs/access-control/making-data-public"
#     - "https://cloud.google.com/iam/docs/principal-identifiers"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_acl"
#   peers:
#     checkov: [CKV_GCP_28]
#     kics: [cloud_storage_anonymous_or_publicly_accessible, cloud_storage_bucket_is_publicly_accessible]
#     trivy: [AVD-GCP-0001]
package srm.google.storage.bucket_public_access

import data.srm.lib.terraform as tf

public_predefined_acls := {"publicRead", "publicReadWrite", "authenticatedRead"}

# google_storage_bucket_iam_member.
deny contains {
	"msg": sprintf("%s grants %s to %s on the bucket", [r.address, role_text(r.values), r.values.member]),
	"resource": r.address,
	"path": ["member"],
} if {
	some r in tf.resources("google_storage_bucket_iam_member")
	tf.gcp_is_public_member(r.values.member)
}

# google_storage_bucket_iam_binding.
deny contains {
	"msg": sprintf("%s grants %s to %s on the bucket", [r.address, role_text(r.values), member]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some r in tf.resources("google_storage_bucket_iam_binding")
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

# google_storage_bucket_iam_policy with policy_data = jsonencode({...}) or a JSON string.
deny contains {
	"msg": sprintf("%s grants %s to %s on the bucket", [r.address, role_text(binding), member]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some r in tf.resources("google_storage_bucket_iam_policy")
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

# google_storage_bucket_iam_policy with policy_data = data.google_iam_policy.x.policy_data:
# reported on the member inside the data source.
deny contains {
	"msg": sprintf("%s grants %s to %s on the bucket of %s", [data_source.address, role_text(binding), member, r.address]),
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
	some r in tf.referrers("google_storage_bucket_iam_policy", "policy_data", data_source.address)
}

# Canned ACLs on buckets and objects.
deny contains {
	"msg": sprintf("%s applies the public ACL predefined_acl = %q", [r.address, r.values.predefined_acl]),
	"resource": r.address,
	"path": ["predefined_acl"],
} if {
	some type in ["google_storage_bucket_acl", "google_storage_object_acl"]
	some r in tf.resources(type)
	r.values.predefined_acl in public_predefined_acls
}

# role_entity = ["READER:allUsers", ...].
deny contains {
	"msg": sprintf("%s gives %s through role_entity %q", [r.address, entity_text(entry), entry]),
	"resource": r.address,
	"path": ["role_entity", j],
} if {
	some type in ["google_storage_bucket_acl", "google_storage_default_object_acl", "google_storage_object_acl"]
	some r in tf.resources(type)
	is_array(r.values.role_entity)
	some j, entry in r.values.role_entity
	is_string(entry)
	parts := split(entry, ":")
	count(parts) == 2
	tf.gcp_is_public_member(parts[1])
}

# Single ACL entries: entity = "allUsers".
deny contains {
	"msg": sprintf("%s gives role %v to %s", [r.address, object.get(r.values, "role", "(unknown)"), r.values.entity]),
	"resource": r.address,
	"path": ["entity"],
} if {
	some type in ["google_storage_bucket_access_control", "google_storage_default_object_access_control", "google_storage_object_access_control"]
	some r in tf.resources(type)
	tf.gcp_is_public_member(r.values.entity)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)

entity_text(entry) := sprintf("%s access to %s", [lower(parts[0]), parts[1]]) if parts := split(entry, ":")
