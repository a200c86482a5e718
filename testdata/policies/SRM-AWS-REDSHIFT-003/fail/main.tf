# No logging block and no aws_redshift_logging.
resource "aws_redshift_cluster" "warehouse" { # expect: SRM-AWS-REDSHIFT-003
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

# AWS provider v5 inline block that leaves logging off.
resource "aws_redshift_cluster" "legacy" {
  cluster_identifier     = "legacy"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true

  logging {
    enable = false # expect: SRM-AWS-REDSHIFT-003
  }
}

# Logging configured for another cluster only.
resource "aws_redshift_cluster" "reporting" { # expect: SRM-AWS-REDSHIFT-003
  cluster_identifier     = "reporting"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_logging" "elsewhere" {
  cluster_identifier   = "some-other-cluster"
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}
