variable "cache_retention_days" {
  type    = number
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "Session store"
  node_type                = "cache.t4g.small"
  num_cache_clusters       = 2
  snapshot_retention_limit = 7
  snapshot_window          = "03:00-05:00"
}

# A member of the replication group takes the group's setting.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-replica"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

# Memcached has no snapshots.
resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "fragments"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

# From a variable: not judged.
resource "aws_elasticache_cluster" "counters" {
  cluster_id               = "counters"
  engine                   = "redis"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = var.cache_retention_days
}
