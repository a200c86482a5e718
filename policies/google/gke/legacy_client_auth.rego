# METADATA
# title: GKE cluster issues client certificates or allows basic authentication
# description: >-
#   A client certificate issued at cluster creation, or a static basic-auth user
#   name and password, are long-lived cluster-admin credentials that cannot be
#   revoked without rotating the cluster's credentials, are not tied to any IAM
#   identity and are stored in the Terraform state. GKE issues neither unless
#   `master_auth` asks for it; authentication should go through IAM (OAuth
#   tokens) only.
# custom:
#   id: SRM-GCP-GKE-002
#   severity: high
#   areas: [iam]
#   responsibility: customer
#   input: {format: terraform, types: [google_container_cluster]}
#   remediation: >-
#     Do not issue client certificates: `master_auth { client_certificate_config {
#     issue_client_certificate = false } }` (or omit `master_auth`), remove
#     `username`/`password`, and authenticate users and CI with IAM through
#     `gcloud container clusters get-credentials`.
#   frameworks: {nist-800-53: [IA-2, IA-5, AC-2]}
#   references:
#     - "https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_auth"
#   peers:
#     checkov: [CKV_GCP_13]
#     kics: [legacy_client_certificate_auth_enabled]
#     trivy: [AVD-GCP-0064]
package srm.google.gke.legacy_client_auth

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("GKE cluster %s sets issue_client_certificate = true: a long-lived client certificate is issued for the cluster", [r.address]),
	"resource": r.address,
	"path": ["master_auth", m, "client_certificate_config", c, "issue_client_certificate"],
} if {
	some r in tf.resources("google_container_cluster")
	some m, auth in tf.blocks(r.values, "master_auth")
	some c, config in tf.blocks(auth, "client_certificate_config")
	tf.is_true(config.issue_client_certificate)
}

# Basic authentication (removed from GKE 1.19 and provider 4.0, still found in old code).
deny contains {
	"msg": sprintf("GKE cluster %s sets a static %s in master_auth: basic authentication with a shared password", [r.address, attr]),
	"resource": r.address,
	"path": ["master_auth", m, attr],
} if {
	some r in tf.resources("google_container_cluster")
	some m, auth in tf.blocks(r.values, "master_auth")
	some attr in ["username", "password"]
	value := auth[attr]
	is_string(value)
	value != ""
	not tf.is_unresolved(value)
}
