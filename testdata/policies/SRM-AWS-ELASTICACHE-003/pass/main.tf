variable "cache_user_group_ids" {
  type    = list(string)
}

resource "random_password" "cache" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "token" {
  replication_group_id       = "token"
  description                = "AUTH token"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = random_password.cache.result
}

resource "aws_elasticache_user_group" "app" {
  engine        = "REDIS"
  user_group_id = "app"
  user_ids      = ["default"]
}

resource "aws_elasticache_replication_group" "rbac" {
  replication_group_id       = "rbac"
  description                = "RBAC"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}

# From a variable: not judged.
resource "aws_elasticache_replication_group" "configurable" {
  replication_group_id       = "configurable"
  description                = "Configurable"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  user_group_ids             = var.cache_user_group_ids
}
