variable "cache_auto_upgrade" {
  type    = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "Session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  auto_minor_version_upgrade = true
}

# Default true.
resource "aws_elasticache_cluster" "counters" {
  cluster_id      = "counters"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

# From a variable: not judged.
resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = "configurable"
  description                = "Configurable"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  auto_minor_version_upgrade = var.cache_auto_upgrade
}
