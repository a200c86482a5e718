variable "engine_version" {
  type = string
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "User sessions"
  engine                     = "valkey"
  engine_version             = "8.0"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "queues" {
  replication_group_id       = "queues"
  description                = "Job queues"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "fragments"
  engine          = "memcached"
  engine_version  = "1.6.22"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

# Decided by a variable: not judged.
resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id = "configurable"
  description          = "Configurable"
  node_type            = "cache.t4g.small"
  engine_version       = var.engine_version
}
