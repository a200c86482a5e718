# METADATA
# title: ElastiCache replication group does not require encryption in transit
# description: >-
#   Without in-transit encryption clients talk to the cache, and the nodes
#   replicate to each other, in cleartext: anyone who can capture traffic in the
#   VPC (a compromised instance, a mirrored ENI, a misrouted peering) reads the
#   cached data and the AUTH password, and can tamper with responses. With
#   `transit_encryption_mode = "preferred"` TLS is offered but plaintext
#   connections are still accepted. For the Redis OSS engine the provider leaves
#   in-transit encryption off unless the customer enables it.
# custom:
#   id: SRM-AWS-ELASTICACHE-002
#   severity: high
#   areas: [data-security]
#   responsibility: customer
#   input: {format: terraform, types: [aws_elasticache_replication_group]}
#   remediation: >-
#     Require TLS: `transit_encryption_enabled = true` with
#     `transit_encryption_mode = "required"` (or the mode omitted) on
#     `aws_elasticache_replication_group`, and connect clients with TLS.
#   fix: {safety: unsafe, change: "Sets `transit_encryption_enabled = true` and turns `transit_encryption_mode = \"preferred\"` into `\"required\"`; clients that connect without TLS are refused, and on engines or provider versions that cannot turn TLS on in place Terraform replaces the replication group."}
#   frameworks: {nist-800-53: [SC-8, SC-8(1)]}
#   peers: {checkov: [CKV_AWS_30], kics: [elasticache_replication_group_not_encrypted_at_transit], trivy: [AVD-AWS-0051]}
#   references:
#     - "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html"
#     - "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-5"
#     - "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled"
package srm.aws.elasticache.transit_encryption

import data.srm.lib.terraform as tf

deny contains {
	"msg": sprintf("ElastiCache replication group %s accepts plaintext connections: transit_encryption_enabled is %v; set it to true", [r.address, r.values.transit_encryption_enabled]),
	"resource": r.address,
	"path": ["transit_encryption_enabled"],
	"fix": array.concat([{"set": ["transit_encryption_enabled"], "value": true}], required_mode_fix(r.values)),
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	tf.is_false(r.values.transit_encryption_enabled)
}

deny contains {
	"msg": sprintf("ElastiCache replication group %s accepts plaintext connections: transit_encryption_enabled is not set (default false for the redis engine); set it to true", [r.address]),
	"resource": r.address,
	"path": ["transit_encryption_enabled"],
	"fix": [{"set": ["transit_encryption_enabled"], "value": true}],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	not "transit_encryption_enabled" in object.keys(r.values)
	not "global_replication_group_id" in object.keys(r.values)
	redis_engine(r.values)
}

# TLS offered but not enforced.
deny contains {
	"msg": sprintf("ElastiCache replication group %s still accepts plaintext connections: transit_encryption_mode is %q; set it to \"required\"", [r.address, r.values.transit_encryption_mode]),
	"resource": r.address,
	"path": ["transit_encryption_mode"],
	"fix": [{"set": ["transit_encryption_mode"], "value": "required"}],
} if {
	some r in tf.resources("aws_elasticache_replication_group")
	is_string(r.values.transit_encryption_mode)
	lower(r.values.transit_encryption_mode) == "preferred"
	not tf.is_false(r.values.transit_encryption_enabled)
}

# Turning TLS on where the mode says "preferred" would leave the rule above
# reporting the group: the fix of a disabled group also requires TLS. (An omitted
# transit_encryption_enabled with a "preferred" mode is reported by both rules,
# each fixing its own attribute.)
required_mode_fix(values) := [{"set": ["transit_encryption_mode"], "value": "required"}] if {
	mode := object.get(values, "transit_encryption_mode", null)
	is_string(mode)
	lower(mode) == "preferred"
} else := []

redis_engine(values) if not "engine" in object.keys(values)

redis_engine(values) if lower(values.engine) == "redis"
