# METADATA
# title: Pub/Sub topic or subscription is accessible to anyone
# description: >-
#   Granting a role on a topic or subscription to `allUsers` or
#   `allAuthenticatedUsers` lets anyone on the internet (or anyone with a Google
#   account) publish into the pipeline, attach their own subscription, or pull and
#   acknowledge its messages: data leaks, forged events reach every consumer, and
#   acknowledged messages are lost for the real subscriber. Pub/Sub never grants
#   these principals by itself.
# custom:
#   id: SRM-GCP-PUBSUB-002
#   severity: high
#   areas: [iam, data-security]
#   responsibility: customer
#   input:
#     format: terraform
#     types:
#       - google_pubsub_topic_iam_member
#       - google_pubsub_topic_iam_binding
#       - google_pubsub_topic_iam_policy
#       - google_pubsub_subscription_iam_member
#       - google_pubsub_subscription_iam_binding
#       - google_pubsub_subscription_iam_policy
#   remediation: >-
#     Grant `roles/pubsub.publisher` or `roles/pubsub.subscriber` only to the
#     producers' and consumers' service accounts, e.g. `member =
#     "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"`, and remove
#     `allUsers` / `allAuthenticatedUsers`.
#   frameworks: {nist-800-53: [AC-3, AC-6, AC-21]}
#   references:
#     - "https://cloud.google.com/pubsub/docs/access-control"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_topic_iam"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/pubsub_subscription_iam"
#   peers: {checkov: [CKV_GCP_99]}
package srm.google.pubsub.public_access

import data.srm.lib.terraform as tf

targets := {"topic": "topic", "subscription": "subscription"}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Pub/Sub %s", [r.address, role_text(r.values), r.values.member, targets[target]]),
	"resource": r.address,
	"path": ["member"],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_pubsub_%s_iam_member", [target]))
	tf.gcp_is_public_member(r.values.member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Pub/Sub %s", [r.address, role_text(r.values), member, targets[target]]),
	"resource": r.address,
	"path": ["members", j],
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_pubsub_%s_iam_binding", [target]))
	is_array(r.values.members)
	some j, member in r.values.members
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Pub/Sub %s", [r.address, role_text(binding), member, targets[target]]),
	"resource": r.address,
	"path": policy_path(r.values.policy_data, i, j),
} if {
	some target, _ in targets
	some r in tf.resources(sprintf("google_pubsub_%s_iam_policy", [target]))
	document := tf.json_document(r.values.policy_data)
	some i, binding in object.get(document, "bindings", [])
	some j, member in object.get(binding, "members", [])
	tf.gcp_is_public_member(member)
}

deny contains {
	"msg": sprintf("%s grants %s to %s on the Pub/Sub %s of %s", [data_source.address, role_text(binding), member, targets[target], r.address]),
	"resource": data_source.address,
	"path": ["binding", i, "members", j],
} if {
	some data_source in tf.resources("data.google_iam_policy")
	some i, binding in tf.blocks(data_source.values, "binding")
	is_array(binding.members)
	some j, member in binding.members
	tf.gcp_is_public_member(member)
	some target, _ in targets
	some r in tf.referrers(sprintf("google_pubsub_%s_iam_policy", [target]), "policy_data", data_source.address)
}

policy_path(policy_data, i, j) := ["policy_data", "bindings", i, "members", j] if is_object(policy_data)

policy_path(policy_data, _, _) := ["policy_data"] if is_string(policy_data)

role_text(values) := sprintf("role %s", [values.role]) if is_string(values.role)

role_text(values) := "a role" if not is_string(values.role)
