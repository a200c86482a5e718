resource "aws_redshift_cluster" "analytics" {
  cluster_identifier                  = "analytics"
  database_name                       = "analytics"
  master_username                     = "dwadmin"
  manage_master_password              = true
  node_type                           = "ra3.xlplus"
  cluster_type                        = "multi-node"
  number_of_nodes                     = 2
  encrypted                           = true
  automated_snapshot_retention_period = 0 # expect: SRM-AWS-REDSHIFT-007
}

resource "aws_redshift_cluster" "reporting" { # expect: SRM-AWS-REDSHIFT-007
  cluster_identifier     = "reporting"
  database_name          = "reporting"
  master_username        = "dwadmin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  encrypted              = true
}
