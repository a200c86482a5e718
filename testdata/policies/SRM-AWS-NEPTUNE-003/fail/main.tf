resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = false # expect: SRM-AWS-NEPTUNE-003
}

# Left out: IAM authentication defaults to off.
resource "aws_neptune_cluster" "fraud" { # expect: SRM-AWS-NEPTUNE-003
  cluster_identifier = "fraud"
  engine             = "neptune"
  storage_encrypted  = true
}
