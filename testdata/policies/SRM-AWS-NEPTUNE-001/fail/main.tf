# Only slow queries are exported.
resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  engine                         = "neptune"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["slowquery"] # expect: SRM-AWS-NEPTUNE-001
}

# Left out: no log is exported.
resource "aws_neptune_cluster" "fraud" { # expect: SRM-AWS-NEPTUNE-001
  cluster_identifier = "fraud"
  engine             = "neptune"
  storage_encrypted  = true
}
