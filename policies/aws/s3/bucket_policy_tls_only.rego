# METADATA
# title: S3 bucket does not deny requests made over plain HTTP
# description: >-
#   S3 accepts HTTP as well as HTTPS requests, so a client, SDK setting or script
#   using an http:// endpoint sends the objects and the request signature in
#   cleartext, readable and alterable by anyone on the path. Only a bucket policy
#   statement that denies every request where `aws:SecureTransport` is false
#   forces TLS for all principals; without a bucket policy, or with one that lacks
#   that statement, plain HTTP stays allowed. Enforcing encryption in transit is
#   the customer's part.
# custom:
#   id: SRM-AWS-S3-006
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_s3_bucket, aws_s3_bucket_policy, data.aws_iam_policy_document]}
#   remediation: >-
#     Add a deny statement to the bucket policy: `{ Sid = "DenyInsecureTransport",
#     Effect = "Deny", Principal = "*", Action = "s3:*", Resource =
#     [aws_s3_bucket.b.arn, "${aws_s3_bucket.b.arn}/*"], Condition = { Bool = {
#     "aws:SecureTransport" = "false" } } }` (with aws_iam_policy_document: a
#     `statement { effect = "Deny" actions = ["s3:*"] ... condition { test = "Bool"
#     variable = "aws:SecureTransport" values = ["false"] } }`).
#   frameworks: {cis-aws-3.0: ["2.1.1"], nist-800-53: [SC-8, SC-8(1)]}
#   peers: {kics: [s3_bucket_policy_accepts_http_requests]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy"
package srm.aws.s3.bucket_policy_tls_only

import data.srm.lib.terraform as tf

# A bucket with no bucket policy at all (inline `policy` with provider v3, or an
# aws_s3_bucket_policy referring to it).
deny contains {
	"msg": sprintf("S3 bucket %s has no bucket policy, so requests over plain HTTP are allowed; add a policy that denies aws:SecureTransport = false", [b.address]),
	"resource": b.address,
	"path": ["policy"],
} if {
	some b in tf.resources("aws_s3_bucket")
	object.get(b.values, "policy", null) == null
	not tf.is_attached("aws_s3_bucket_policy", "bucket", b)
}

# A bucket policy without the deny statement.
deny contains {
	"msg": sprintf("%s does not deny requests over plain HTTP: no Deny statement on s3:* with the condition aws:SecureTransport = false", [r.address]),
	"resource": r.address,
	"path": ["policy"],
} if {
	some r in policy_holders
	not enforces_tls(r)
	judgeable(r)
}

policy_holders contains r if some r in tf.resources("aws_s3_bucket_policy")

policy_holders contains r if {
	some r in tf.resources("aws_s3_bucket")
	object.get(r.values, "policy", null) != null
}

# The policy is a JSON document (jsonencode or string) with the deny statement.
enforces_tls(r) if {
	document := tf.json_document(r.values.policy)
	some statement in statements(document)
	json_tls_deny(statement)
}

# The policy is built by aws_iam_policy_document data sources of this module
# (directly, or merged through source/override_policy_documents): one of the
# addresses its `policy` refers to designates such a document, or a document
# that merges one.
enforces_tls(r) if {
	some address in tf.references(r, "policy")
	tls_document_keys[address]
}

# Judged: a JSON document (not a jsonencode([...]) list, which tf.json_document also accepts), or data sources all found in this module.
judgeable(r) if {
	tf.json_document(r.values.policy)
	not is_array(r.values.policy)
}

judgeable(r) if {
	some address in tf.references(r, "policy")
	document_keys[address]
	every address in tf.references(r, "policy") {
		not unknown_merge_keys[address]
	}
	every address in tf.references(r, "policy") {
		startswith(address, "data.aws_iam_policy_document.")
	}
}

# The documents of this module are read once per document into sets of the
# addresses by which a reference designates them (tf.reference_keys), instead of
# scanning every document (and every document it merges) for every policy:
# - document_keys: any document;
# - tls_document_keys: a document with the deny statement, or one that merges such a document;
# - unknown_merge_keys: a document that merges documents not of this module, or one that merges such a document.
document_keys contains key if {
	some d in tf.resources("data.aws_iam_policy_document")
	some key in tf.reference_keys(d.address)
}

tls_document_keys contains key if {
	some key in direct_tls_document_keys
}

tls_document_keys contains key if {
	some d in tf.resources("data.aws_iam_policy_document")
	merges_one_of(d, direct_tls_document_keys)
	some key in tf.reference_keys(d.address)
}

direct_tls_document_keys contains key if {
	some d in tf.resources("data.aws_iam_policy_document")
	document_enforces_tls(d)
	some key in tf.reference_keys(d.address)
}

unknown_merge_keys contains key if {
	some key in direct_unknown_merge_keys
}

unknown_merge_keys contains key if {
	some d in tf.resources("data.aws_iam_policy_document")
	merges_one_of(d, direct_unknown_merge_keys)
	some key in tf.reference_keys(d.address)
}

direct_unknown_merge_keys contains key if {
	some d in tf.resources("data.aws_iam_policy_document")
	merges_unknown_documents(d)
	some key in tf.reference_keys(d.address)
}

document_enforces_tls(d) if {
	some statement in tf.blocks(d.values, "statement")
	document_tls_deny(statement)
}

# merges_one_of(d, keys): d merges (source/override_policy_documents) a document designated by one of `keys`.
merges_one_of(d, keys) if {
	some attr in ["source_policy_documents", "override_policy_documents"]
	some address in tf.references(d, attr)
	keys[address]
}

merges_unknown_documents(d) if {
	some attr in ["source_policy_documents", "override_policy_documents"]
	attr in object.keys(d.values)
	some address in tf.references(d, attr)
	not startswith(address, "data.aws_iam_policy_document.")
}

merges_unknown_documents(d) if {
	some attr in ["source_policy_documents", "override_policy_documents"]
	value := d.values[attr]
	count(tf.references(d, attr)) == 0
	value != []
}

json_tls_deny(statement) if {
	is_string(statement.Effect)
	lower(statement.Effect) == "deny"
	covers_all_s3_actions(statement.Action)
	is_object(statement.Condition)
	some operator, keys in statement.Condition
	operator == "Bool"
	is_object(keys)
	some key, value in keys
	lower(key) == "aws:securetransport"
	some v in tf.as_array(value)
	tf.is_false(v)
}

document_tls_deny(statement) if {
	object.get(statement, "effect", "Allow") in {"Deny", "deny"}
	covers_all_s3_actions(object.get(statement, "actions", []))
	some condition in tf.blocks(statement, "condition")
	condition.test == "Bool"
	is_string(condition.variable)
	lower(condition.variable) == "aws:securetransport"
	some v in tf.as_array(condition.values)
	tf.is_false(v)
}

covers_all_s3_actions(actions) if {
	some action in tf.as_array(actions)
	action in {"*", "s3:*"}
}

statements(document) := document.Statement if is_array(document.Statement)

statements(document) := [document.Statement] if is_object(document.Statement)
