resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  backup_retention_period             = 7
  iam_database_authentication_enabled = true
  storage_encrypted                   = false # expect: SRM-AWS-NEPTUNE-002
}

# Left out: storage_encrypted defaults to false.
resource "aws_neptune_cluster" "recommendations" { # expect: SRM-AWS-NEPTUNE-002
  cluster_identifier                  = "recommendations"
  engine                              = "neptune"
  backup_retention_period             = 7
  iam_database_authentication_enabled = true
}
