# METADATA
# title: Memorystore for Redis does not encrypt traffic in transit
# description: >-
#   Without in-transit encryption, Redis commands, cached values (sessions, tokens,
#   personal data) and the AUTH string cross the VPC in clear text, readable by
#   anyone who can capture traffic on the path, for example through Packet
#   Mirroring or a compromised host in the network. Memorystore for Redis and Redis
#   Cluster leave TLS off unless `transit_encryption_mode` enables server
#   authentication; it can only be chosen when the instance is created.
# custom:
#   id: SRM-GCP-MEMORYSTORE-002
#   severity: medium
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [google_redis_instance, google_redis_cluster]}
#   remediation: >-
#     Create the instance with `transit_encryption_mode = "SERVER_AUTHENTICATION"`
#     (`google_redis_instance`) or `transit_encryption_mode =
#     "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"` (`google_redis_cluster`), and
#     have clients verify the instance's server CA certificate.
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   references:
#     - "https://cloud.google.com/memorystore/docs/redis/about-in-transit-encryption"
#     - "https://cloud.google.com/memorystore/docs/cluster/about-in-transit-encryption"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_instance#transit_encryption_mode"
#     - "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/redis_cluster#transit_encryption_mode"
#   peers: {checkov: [CKV_GCP_97]}
package srm.google.memorystore.transit_encryption

import data.srm.lib.terraform as tf

disabled := {
	"google_redis_instance": {"DISABLED", "TRANSIT_ENCRYPTION_MODE_UNSPECIFIED"},
	"google_redis_cluster": {"TRANSIT_ENCRYPTION_MODE_DISABLED", "TRANSIT_ENCRYPTION_MODE_UNSPECIFIED"},
}

kinds := {"google_redis_instance": "Redis instance", "google_redis_cluster": "Redis cluster"}

deny contains {
	"msg": sprintf("%s %s sets transit_encryption_mode = %q: clients talk to it in clear text", [kinds[type], r.address, mode]),
	"resource": r.address,
	"path": ["transit_encryption_mode"],
} if {
	some type, modes in disabled
	some r in tf.resources(type)
	mode := r.values.transit_encryption_mode
	mode in modes
}

deny contains {
	"msg": sprintf("%s %s does not set transit_encryption_mode (TLS is off by default): clients talk to it in clear text", [kinds[type], r.address]),
	"resource": r.address,
	"path": ["transit_encryption_mode"],
} if {
	some type, _ in disabled
	some r in tf.resources(type)
	object.get(r.values, "transit_encryption_mode", null) in {null, ""}
}

unknown contains {"resource": r.address, "path": ["transit_encryption_mode"]} if {
	some type, _ in disabled
	some r in tf.resources(type)
	tf.is_unresolved(r.values.transit_encryption_mode)
}
