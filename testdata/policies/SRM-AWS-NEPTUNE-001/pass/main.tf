variable "log_exports" {
  type = list(string)
}

resource "aws_neptune_cluster_parameter_group" "audit" {
  family = "neptune1.3"
  name   = "audit"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  engine                               = "neptune"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audit.name
  enable_cloudwatch_logs_exports       = ["audit", "slowquery"]
}

# From a variable without a default: not judged.
resource "aws_neptune_cluster" "configurable" {
  cluster_identifier             = "configurable"
  engine                         = "neptune"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = var.log_exports
}
