resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  node_type                  = "cache.m5.large"
  engine_version             = "5.0.6" # expect: SRM-AWS-ELASTICACHE-007
  parameter_group_name       = "default.redis5.0"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_cluster" "legacy" {
  cluster_id           = "legacy"
  engine               = "redis"
  engine_version       = "4.0.10" # expect: SRM-AWS-ELASTICACHE-007
  node_type            = "cache.t3.small"
  num_cache_nodes      = 1
  parameter_group_name = "default.redis4.0"
}
