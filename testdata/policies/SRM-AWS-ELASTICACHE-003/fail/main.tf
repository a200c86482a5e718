# Neither an AUTH token nor RBAC user groups.
resource "aws_elasticache_replication_group" "sessions" { # expect: SRM-AWS-ELASTICACHE-003
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}
