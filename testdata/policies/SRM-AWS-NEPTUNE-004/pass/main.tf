variable "backup_retention_days" {
  type = number
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  engine                  = "neptune"
  storage_encrypted       = true
  backup_retention_period = 14
  preferred_backup_window = "03:00-04:00"
}

# From a variable without a default: not judged.
resource "aws_neptune_cluster" "configurable" {
  cluster_identifier      = "configurable"
  engine                  = "neptune"
  storage_encrypted       = true
  backup_retention_period = var.backup_retention_days
}
