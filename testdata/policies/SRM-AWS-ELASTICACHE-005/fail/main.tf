resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  auto_minor_version_upgrade = false # expect: SRM-AWS-ELASTICACHE-005
}

resource "aws_elasticache_cluster" "counters" {
  cluster_id                 = "counters"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = "false" # expect: SRM-AWS-ELASTICACHE-005
}
