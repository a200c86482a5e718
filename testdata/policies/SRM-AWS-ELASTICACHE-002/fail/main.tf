resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false # expect: SRM-AWS-ELASTICACHE-002
}

# Omitted: off for the redis engine.
resource "aws_elasticache_replication_group" "queue" { # expect: SRM-AWS-ELASTICACHE-002
  replication_group_id       = "queue"
  description                = "Job queue"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
}

# TLS offered, plaintext still accepted (migration mode left in place).
resource "aws_elasticache_replication_group" "migrating" {
  replication_group_id       = "migrating"
  description                = "Migrating to TLS"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # expect: SRM-AWS-ELASTICACHE-002
}
