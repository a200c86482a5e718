# No default: the tags are unknown, so they are not judged.
variable "tags" {
  type = map(string)
}

locals {
  common_tags = merge(var.tags, { DataClassification = "internal" })
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"

  tags = {
    Name                  = "data"
    "data-classification" = "confidential"
  }
}

resource "aws_rds_cluster" "main" {
  cluster_identifier          = "main"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true

  tags = {
    DataClassification = "restricted"
  }
}

# Tags from an expression: not judged.
resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "Session cache"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true

  tags = local.common_tags
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  tags              = merge(var.tags, { Name = "scratch" })
}

# Not a data store.
resource "aws_sqs_queue" "events" {
  name = "events"
}
