resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = false # expect: SRM-AWS-ELASTICACHE-001
  transit_encryption_enabled = true
}

# Omitted: the redis engine (the default) is not encrypted at rest.
resource "aws_elasticache_replication_group" "queue" { # expect: SRM-AWS-ELASTICACHE-001
  replication_group_id       = "queue"
  description                = "Job queue"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}
