resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  engine                  = "neptune"
  storage_encrypted       = true
  backup_retention_period = 2 # expect: SRM-AWS-NEPTUNE-004
  preferred_backup_window = "03:00-04:00"
}

# Left out: backups are kept for 1 day.
resource "aws_neptune_cluster" "fraud" { # expect: SRM-AWS-NEPTUNE-004
  cluster_identifier = "fraud"
  engine             = "neptune"
  storage_encrypted  = true
}
