# METADATA
# title: Cloud SQL instance accepts connections from any IP address
# description: >-
#   An authorized network of 0.0.0.0/0 lets every host on the internet open a
#   connection to the instance's public IP, exposing the database listener to
#   password spraying and to exploits of the database engine itself. Cloud SQL
#   authorizes no network by default: the allow-list is written by the customer.
#   The entry is reported even while `ipv4_enabled` is false, since it takes
#   effect as soon as the public IP is turned on.
# custom:
#   id: SRM-GCP-SQL-001
#   severity: critical
#   areas: [network-controls]
#   responsibility: customer
#   input: {format: terraform, types: [google_sql_database_instance]}
#   remediation: >-
#     Authorize only known networks, e.g. `authorized_networks { name = "office"
#     value = "203.0.113.0/24" }`, or better turn the public IP off
#     (`ipv4_enabled = false` with `private_network`) and connect through the Cloud
#     SQL Auth Proxy or Private Service Connect.
#   frameworks: {cis-gcp-2.0: ["6.5"], nist-800-53: [AC-3, AC-4, SC-7]}
#   references:
#     - "https://cloud.google.com/sql/docs/mysql/authorize-networks"
#     - "https://cloud.google.com/sql/docs/postgres/configure-ip"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#authorized_networks"
#   peers:
#     checkov: [CKV_GCP_11]
#     kics: [sql_db_instance_is_publicly_accessible]
#     trivy: [AVD-GCP-0017]
package srm.google.sql.authorized_networks_world

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("Cloud SQL instance %s authorizes %s (%s) to connect to its public IP%s", [r.address, network.value, object.get(network, "name", "unnamed"), ip_text(ip)]),
	"resource": r.address,
	"path": ["settings", s, "ip_configuration", c, "authorized_networks", k, "value"],
} if {
	some r in tf.resources("google_sql_database_instance")
	some s, settings in tf.blocks(r.values, "settings")
	some c, ip in tf.blocks(settings, "ip_configuration")
	some k, network in tf.blocks(ip, "authorized_networks")
	is_string(network.value)
	endswith(network.value, "/0")
}

ip_text(ip) := " (public IP currently disabled: the entry takes effect once ipv4_enabled is turned on)" if {
	tf.is_false(ip.ipv4_enabled)
} else := ""
