# METADATA
# title: Cloud SQL instance has a public IP address
# description: >-
#   A public IPv4 address makes the instance reachable from the internet, guarded
#   only by the authorized-network list and the database's own authentication;
#   a mistaken authorized network or a leaked password then exposes the data.
#   Cloud SQL assigns a public IP unless `ipv4_enabled = false`. A private IP
#   (`private_network`) or Private Service Connect keeps the instance inside the
#   VPC, and the Cloud SQL Auth Proxy still serves clients outside it.
#   There is no automatic fix: turning the public IP off needs a private network
#   or Private Service Connect, whose network is the customer's choice.
# custom:
#   id: SRM-GCP-SQL-002
#   severity: medium
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Use a private IP only: `ip_configuration { ipv4_enabled = false private_network =
#     google_compute_network.main.id }` (with a `google_service_networking_connection`),
#     or `psc_config { psc_enabled = true }`; enforce
#     `constraints/sql.restrictPublicIp` organization-wide.
#   frameworks: {cis-gcp-2.0: ["6.6"], nist-800-53: [SC-7, AC-4]}
#   references:
#     - "https://cloud.google.com/sql/docs/mysql/configure-private-ip"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ipv4_enabled"
#   peers:
#     checkov: [CKV_GCP_60]
package srm.google.sql.public_ip

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud SQL instance %s sets ipv4_enabled = true: it gets a public IP address", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "ip_configuration", c, "ipv4_enabled"],
} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
	some c, ip in tf.blocks(settings, "ip_configuration")
	tf.is_true(ip.ipv4_enabled)
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s does not set ipv4_enabled = false in ip_configuration (it defaults to true): it gets a public IP address", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "ip_configuration", c, "ipv4_enabled"],
} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
	some c, ip in tf.blocks(settings, "ip_configuration")
	object.get(ip, "ipv4_enabled", null) == null
}

deny contains {
	"msg": sprintf("Cloud SQL instance %s has no ip_configuration block: it gets a public IP address by default", [r.address]),
	"resource": r.address,
	"path": ["settings", s, "ip_configuration"],
} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
	count(tf.blocks(settings, "ip_configuration")) == 0
}
