resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "Session store"
  node_type                = "cache.t4g.small"
  num_cache_clusters       = 2
  snapshot_retention_limit = 0 # expect: SRM-AWS-ELASTICACHE-004
}

# Standalone Redis OSS cluster: snapshot_retention_limit defaults to 0.
resource "aws_elasticache_cluster" "counters" { # expect: SRM-AWS-ELASTICACHE-004
  cluster_id      = "counters"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
